//! `refpy test PATH...`: runs golden-output tests in parallel and prints a report.

use super::{check, check_leak, discover, execute, interpreter_command, split_leakcheck};
use clap::Parser;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

#[derive(Parser, Debug)]
#[command(
    name = "refpy test",
    about = "Run golden-output tests: every NAME.py with NAME.out/NAME.exp and/or NAME.err",
    after_help = "Examples:\n  refpy test ../shared/conformance\n  refpy test tests/golden -k memory/ --jobs 4\n  refpy test tests/golden/lang/new_case.py --oracle python3\n\nA test runs `refpy NAME.py` in the script's folder (stdin empty, PYTHONHASHSEED=0).\nThe last line is `N passed, M failed`; the exit code is 1 when any test failed."
)]
struct TestArgs {
    /// Files or folders to search for tests.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write the expected files from refpy's own output instead of comparing.
    #[arg(long, conflicts_with = "oracle")]
    bless: bool,
    /// Write the expected files from another interpreter's output (e.g. `python3`).
    #[arg(long, value_name = "INTERP")]
    oracle: Option<OsString>,
    /// Only tests whose path (relative to PATH, without `.py`) contains PATTERN.
    #[arg(short = 'k', value_name = "PATTERN")]
    pattern: Option<String>,
    /// Seconds allowed per test (refpy is asked to stop itself then, with `-X max-time`;
    /// the process group is killed a little later if it did not).
    #[arg(long, value_name = "S", default_value_t = 10.0)]
    timeout: f64,
    /// Heap limit per test, e.g. `512M` (`-X max-memory`): over it, `MemoryError`.
    #[arg(long, value_name = "SIZE")]
    max_memory: Option<String>,
    /// Output limit per test, e.g. `1M` (`-X max-output`): past it, the test is stopped.
    #[arg(long, value_name = "SIZE")]
    max_output: Option<String>,
    /// Tests run at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Also write the results as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Run with `-X leakcheck` and fail tests that leave objects alive.
    #[arg(long)]
    leakcheck: bool,
    /// Name every passing test too.
    #[arg(short, long)]
    verbose: bool,
}

struct Test {
    script: PathBuf,
    /// Shown name: the path relative to the current directory when possible.
    name: String,
    group: String,
}

struct Result1 {
    index: usize,
    failure: Option<String>,
    seconds: f64,
}

/// `args` are the words after `test`; returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let argv = std::iter::once("refpy test".to_string()).chain(args.iter().cloned());
    let opts = match TestArgs::try_parse_from(argv) {
        Ok(o) => o,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    if !(opts.timeout > 0.0 && opts.timeout.is_finite()) {
        eprintln!("refpy test: --timeout must be a positive number of seconds");
        return 2;
    }
    let writing = opts.bless || opts.oracle.is_some();
    let tests = match collect(&opts, writing) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("refpy test: {e}");
            return 2;
        }
    };
    let interp: Vec<OsString> = match &opts.oracle {
        Some(o) => interpreter_command(o),
        None => match std::env::current_exe() {
            Ok(p) => vec![p.into_os_string()],
            Err(e) => {
                eprintln!("refpy test: cannot find refpy's own binary: {e}");
                return 2;
            }
        },
    };
    for size in [&opts.max_memory, &opts.max_output].into_iter().flatten() {
        if crate::vm::interrupt::parse_size(size).is_none() {
            eprintln!("refpy test: bad size {size:?} (examples: 512M, 2G, 100k)");
            return 2;
        }
    }
    let limit = Duration::from_secs_f64(opts.timeout);
    // The limits travel as `-X` options: refpy enforces them and stops cleanly; other
    // interpreters (an oracle) ignore unknown `-X` options.
    let mut xopts = vec![format!("max-time={}", opts.timeout)];
    xopts.extend(opts.max_memory.iter().map(|m| format!("max-memory={m}")));
    xopts.extend(opts.max_output.iter().map(|m| format!("max-output={m}")));
    let xopts = Arc::new(xopts);
    let jobs = opts
        .jobs
        .filter(|j| *j > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(4, |n| n.get()))
        .min(tests.len().max(1));
    let leakcheck = opts.leakcheck && !writing;
    let tests = Arc::new(tests);
    let next = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel::<Result1>();
    let mut workers = Vec::new();
    for _ in 0..jobs {
        let (tests, next, tx, interp) = (tests.clone(), next.clone(), tx.clone(), interp.clone());
        let xopts = xopts.clone();
        workers.push(std::thread::spawn(move || loop {
            let index = next.fetch_add(1, Ordering::SeqCst);
            let Some(t) = tests.get(index) else { break };
            let start = Instant::now();
            let failure = run_one(&interp, &t.script, limit, &xopts, leakcheck, writing);
            let seconds = start.elapsed().as_secs_f64();
            if tx
                .send(Result1 {
                    index,
                    failure,
                    seconds,
                })
                .is_err()
            {
                break;
            }
        }));
    }
    drop(tx);

    let progress = std::io::stderr().is_terminal();
    let total = tests.len();
    let mut results: Vec<Option<Result1>> = (0..total).map(|_| None).collect();
    let (mut done, mut failed) = (0usize, 0usize);
    let mut out = std::io::stdout().lock();
    for r in rx {
        done += 1;
        let t = &tests[r.index];
        if progress {
            eprint!("\r\x1b[K");
        }
        match &r.failure {
            Some(why) => {
                failed += 1;
                let verb = if writing { "ERROR" } else { "FAIL" };
                let _ = writeln!(out, "{verb} {}: {}", t.name, why.trim_end());
            }
            None if opts.verbose => {
                let _ = writeln!(out, "{} {}", if writing { "wrote" } else { "ok" }, t.name);
            }
            None => {}
        }
        let _ = out.flush();
        if progress && done < total {
            let name: String = t.name.chars().take(60).collect();
            eprint!("[{done}/{total}] {failed} failed  {name}");
        }
        let index = r.index;
        results[index] = Some(r);
    }
    for w in workers {
        let _ = w.join();
    }
    let results: Vec<Result1> = results.into_iter().flatten().collect();
    let passed = results.iter().filter(|r| r.failure.is_none()).count();
    let failed = results.len() - passed;

    let mut groups: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for r in &results {
        let g = groups.entry(tests[r.index].group.as_str()).or_default();
        if r.failure.is_none() {
            g.0 += 1;
        } else {
            g.1 += 1;
        }
    }
    if !groups.is_empty() && !writing {
        let _ = writeln!(out, "per folder:");
        let w = groups.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        for (k, (p, f)) in &groups {
            let extra = if *f > 0 {
                format!("  ({f} failed)")
            } else {
                String::new()
            };
            let _ = writeln!(out, "  {k:<w$} {p:>4}/{:<4} passed{extra}", p + f);
        }
    }
    if let Some(path) = &opts.json {
        let json = to_json(&tests, &results, passed, failed);
        if let Err(e) = std::fs::write(path, json) {
            eprintln!("refpy test: cannot write {}: {e}", path.display());
        }
    }
    if writing {
        let _ = writeln!(out, "{passed} written, {failed} failed");
    } else {
        let _ = writeln!(out, "{passed} passed, {failed} failed");
    }
    let _ = out.flush();
    i32::from(failed > 0)
}

fn collect(opts: &TestArgs, writing: bool) -> Result<Vec<Test>, String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut tests = Vec::new();
    for root in &opts.paths {
        if !root.exists() {
            return Err(format!("no such file or directory: {}", root.display()));
        }
        let abs_root = if root.is_absolute() {
            root.clone()
        } else {
            cwd.join(root)
        };
        let found = if writing {
            // New tests have no expectation yet: take every script but `mod_*` helpers.
            let mut all = Vec::new();
            if abs_root.is_file() {
                all.push(abs_root.clone());
            } else {
                super::walk(&abs_root, &mut all);
            }
            all.sort();
            all.retain(|s| {
                super::has_expectation(s)
                    || !s
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("mod_"))
            });
            all
        } else {
            discover(&abs_root)
        };
        let multi = opts.paths.len() > 1;
        let rels: Vec<String> = found
            .iter()
            .map(|s| {
                s.strip_prefix(&abs_root)
                    .unwrap_or(s)
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        let subdirs = rels.iter().any(|r| r.contains('/'));
        for (script, rel) in found.into_iter().zip(rels) {
            let stem = rel.strip_suffix(".py").unwrap_or(&rel);
            if let Some(p) = &opts.pattern {
                if !stem.contains(p.as_str()) {
                    continue;
                }
            }
            let local = if subdirs {
                rel.split_once('/').map_or(".", |(a, _)| a).to_string()
            } else {
                // golden.sh: the filename prefix before the first `_`, digits removed.
                let base = stem.rsplit('/').next().unwrap_or(stem);
                let g = base.split('_').next().unwrap_or(base);
                let t = g.trim_end_matches(|c: char| c.is_ascii_digit());
                if t.is_empty() { g } else { t }.to_string()
            };
            let group = if multi {
                format!("{}/{local}", root.display())
            } else {
                local
            };
            let name = script
                .strip_prefix(&cwd)
                .unwrap_or(&script)
                .to_string_lossy()
                .into_owned();
            tests.push(Test {
                script,
                name,
                group,
            });
        }
    }
    Ok(tests)
}

/// Runs one test; `Some(reason)` on failure. When `writing`, writes the expectation files.
fn run_one(
    interp: &[OsString],
    script: &Path,
    limit: Duration,
    xopts: &[String],
    leakcheck: bool,
    writing: bool,
) -> Option<String> {
    let mut extra: Vec<&str> = if leakcheck {
        vec!["-X", "leakcheck"]
    } else {
        vec![]
    };
    if !writing {
        for x in xopts {
            extra.extend(["-X", x.as_str()]);
        }
    }
    // The hard limit leaves refpy time to stop itself and print where it was.
    let hard_limit = limit + crate::vm::interrupt::GRACE + Duration::from_secs(1);
    let o = match execute(interp, &extra, script, hard_limit) {
        Ok(o) => o,
        Err(e) => return Some(e),
    };
    if writing {
        return write_expected(script, &o, limit).err();
    }
    let (stderr, leak) = if leakcheck {
        split_leakcheck(&o.stderr)
    } else {
        (o.stderr.clone(), None)
    };
    if let Err(e) = check(script, &o, &stderr, limit) {
        return Some(e);
    }
    if leakcheck {
        if let Err(e) = check_leak(leak, o.code.unwrap_or(-1), &stderr) {
            return Some(e);
        }
    }
    None
}

fn write_expected(script: &Path, o: &super::Outcome, limit: Duration) -> Result<(), String> {
    if o.timed_out || o.signal.is_some() {
        return Err(format!("not written: {}", super::describe_exit(o, limit)));
    }
    let stem = script.with_extension("");
    let exp = stem.with_extension("exp");
    let out = if exp.is_file() {
        exp
    } else {
        stem.with_extension("out")
    };
    let err = stem.with_extension("err");
    let w = |p: &Path, s: &str| std::fs::write(p, s).map_err(|e| format!("{}: {e}", p.display()));
    w(&out, &o.stdout)?;
    if o.code.unwrap_or(1) != 0 {
        let last = o
            .stderr
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        w(&err, &format!("{last}\n"))?;
    } else if err.is_file() {
        std::fs::remove_file(&err).map_err(|e| format!("{}: {e}", err.display()))?;
    }
    Ok(())
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn to_json(tests: &[Test], results: &[Result1], passed: usize, failed: usize) -> String {
    let mut s = format!("{{\"passed\": {passed}, \"failed\": {failed}, \"tests\": [");
    for (i, r) in results.iter().enumerate() {
        let t = &tests[r.index];
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!(
            "\n  {{\"name\": {}, \"folder\": {}, \"status\": \"{}\", \"seconds\": {:.3}",
            json_str(&t.name),
            json_str(&t.group),
            if r.failure.is_some() { "fail" } else { "pass" },
            r.seconds
        ));
        if let Some(f) = &r.failure {
            s.push_str(&format!(", \"reason\": {}", json_str(f)));
        }
        s.push('}');
    }
    s.push_str("\n]}\n");
    s
}
