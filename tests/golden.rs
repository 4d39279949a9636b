//! Golden-output test harness for refpy (`cargo test --release --test golden`).
//!
//! # What is run
//! Every `NAME.py` that has an expectation file (`NAME.exp`, else `NAME.out`,
//! and/or `NAME.err`) under
//!   * `tests/golden/`            -> test names `own::<dirs>::<NAME>`
//!   * `../shared/conformance/`   -> test names `shared::<dirs>::<NAME>`
//!     (relative to CARGO_MANIFEST_DIR; silently skipped when missing;
//!     `REFPY_CONFORMANCE_DIR` overrides the location)
//!
//! is ONE test case. `.py` files without any expectation file (e.g. `mod_*.py`
//! helper modules) are not tests. This mirrors `../shared/tools/golden.sh`.
//!
//! Each test runs `refpy -X leakcheck NAME.py` with cwd = the script's folder,
//! stdin = /dev/null, env `PYTHONHASHSEED=0`, in its own process group, with a
//! 10 s limit (`GOLDEN_TIMEOUT` overrides; on timeout the whole group is
//! killed and the test fails). The binary is `CARGO_BIN_EXE_refpy` unless
//! `REFPY_BIN` names another interpreter (a path, or a command on PATH).
//!
//! # Comparison (same as golden.sh)
//! Expected and actual text are both normalized: CRLF -> LF; the absolute
//! path of the script's folder followed by `/` is removed; `at 0x<hex>` ->
//! `at 0xADDR`; the blanks, sign and digits of a number followed by ` MiB` or
//! ` MB` -> ` N` (unit kept). Trailing newlines are ignored.
//!   * With `NAME.err`: the exit code must be non-zero and the last non-empty
//!     stderr line (leak-check line removed, whitespace-stripped) must equal the
//!     stripped content of `NAME.err`.
//!   * Without `NAME.err`: the exit code must be 0; stderr is not compared.
//!   * stdout must equal `NAME.exp` / `NAME.out` when one exists.
//!
//! # Leak-check contract (interpreter side)
//! With `-X leakcheck`, at exit (after module teardown and a final collection)
//! the interpreter prints as the LAST line of stderr exactly
//!     `refpy: leakcheck: N objects alive`
//! where N is the number of objects created by the script still alive. The
//! harness removes that line before looking at stderr, and FAILS the test if
//! N != 0, or if the line is missing although the exit code is 0 or 1 (every
//! crash-free run, including one ending in an uncaught exception, prints it).
//!
//! # Known failures
//! Every script runs twice: as `own::...`/`shared::...`, and as `stress::...` with
//! `-X stress-gc` added, which checks after every tracked allocation that no type's
//! `traverse` over-reports references (see `src/gc/verify.rs`); output must not change.
//!
//! `tests/known_failures.txt` lists test names (one per line, `#` comments)
//! expected to fail for now: they are registered as ignored, so
//! `cargo test --release` stays green; `-- --ignored` runs just those and
//! `-- --include-ignored` runs everything. `scripts/update_known_failures.sh`
//! rewrites the list from a full run.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::HashSet;
use std::ffi::OsString;
use std::fs;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

/// Maximum bytes kept per output stream; the rest is read and discarded.
const CAPTURE_LIMIT: usize = 64 << 20;
const LEAK_PREFIX: &str = "refpy: leakcheck: ";
const LEAK_SUFFIX: &str = " objects alive";

#[derive(Clone)]
struct Case {
    name: String,
    script: PathBuf,
}

fn main() {
    let args = Arguments::from_args();
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let interp = Arc::new(interpreter());
    let known = known_failures(&manifest.join("tests/known_failures.txt"));

    let shared = match std::env::var_os("REFPY_CONFORMANCE_DIR") {
        Some(d) if !d.is_empty() => absolute(Path::new(&d)),
        _ => manifest.join("../shared/conformance"),
    };
    let mut cases = Vec::new();
    discover(&manifest.join("tests/golden"), "own", &mut cases);
    discover(&shared, "shared", &mut cases);

    // Every script also runs under `-X stress-gc` (a heap check after each tracked
    // allocation), as `stress::<name>`, unless another interpreter stands in for refpy.
    let modes: &[bool] = if std::env::var_os("REFPY_BIN").is_some() {
        &[false]
    } else {
        &[false, true]
    };
    let trials = modes
        .iter()
        .flat_map(|&stress| cases.iter().map(move |case| (stress, case.clone())))
        .map(|(stress, case)| {
            let name = if stress {
                format!("stress::{}", case.name)
            } else {
                case.name.clone()
            };
            let ignored = known.contains(&case.name) || known.contains(&name);
            let interp = Arc::clone(&interp);
            Trial::test(name, move || run_case(&interp, &case.script, stress))
                .with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// The interpreter command: `REFPY_BIN` (absolute path, path relative to the
/// current directory, or a bare command name looked up on PATH) or the refpy
/// binary built by cargo.
fn interpreter() -> OsString {
    match std::env::var_os("REFPY_BIN") {
        Some(b) if !b.is_empty() => {
            let p = Path::new(&b);
            if p.components().count() > 1 || p.exists() {
                absolute(p).into_os_string()
            } else {
                b
            }
        }
        _ => OsString::from(env!("CARGO_BIN_EXE_refpy")),
    }
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

fn known_failures(path: &Path) -> HashSet<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Collect test scripts under `root` (recursively, sorted, `__pycache__`
/// skipped). Missing roots yield nothing.
fn discover(root: &Path, prefix: &str, out: &mut Vec<Case>) {
    let mut found = Vec::new();
    walk(root, &mut found);
    found.sort();
    for script in found {
        let stem = script.with_extension("");
        let has_expectation = ["exp", "out", "err"]
            .iter()
            .any(|ext| stem.with_extension(ext).is_file());
        if !has_expectation {
            continue;
        }
        let rel = stem.strip_prefix(root).unwrap_or(&stem);
        let mut name = String::from(prefix);
        for part in rel.components() {
            name.push_str("::");
            name.push_str(&part.as_os_str().to_string_lossy());
        }
        out.push(Case { name, script });
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            if entry.file_name() != "__pycache__" {
                walk(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") && path.is_file() {
            out.push(path);
        }
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("GOLDEN_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(10.0);
    Duration::from_secs_f64(secs)
}

struct Outcome {
    /// Exit code, or None when killed by a signal.
    code: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
    stdout: String,
    stderr: String,
}

fn read_capped(mut r: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let room = CAPTURE_LIMIT.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    kept
}

fn kill_group(pid: u32) {
    // The child leads its own process group: take stragglers down with it.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn execute(interp: &OsString, script: &Path, stress: bool) -> Result<Outcome, String> {
    let folder = script.parent().unwrap_or(Path::new("."));
    let file = script.file_name().unwrap_or_default();
    let mut command = Command::new(interp);
    command.arg("-X").arg("leakcheck");
    if stress {
        command.arg("-X").arg("stress-gc");
    }
    let mut child = command
        .arg(file)
        .current_dir(folder)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start interpreter {interp:?}: {e}"))?;
    let pid = child.id();
    let out_pipe = child.stdout.take().expect("stdout piped");
    let err_pipe = child.stderr.take().expect("stderr piped");
    let out_thread = thread::spawn(move || read_capped(out_pipe));
    let err_thread = thread::spawn(move || read_capped(err_pipe));

    let limit = timeout();
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() >= limit => {
                timed_out = true;
                kill_group(pid);
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for interpreter: {e}")),
        }
    };
    kill_group(pid);
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    Ok(Outcome {
        code: status.code(),
        signal: status.signal(),
        timed_out,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

/// golden.sh's normalization (see the module docs).
fn normalize(text: &str, folder: &Path) -> String {
    static HEX: OnceLock<Regex> = OnceLock::new();
    static MIB: OnceLock<Regex> = OnceLock::new();
    let hex = HEX.get_or_init(|| Regex::new(r"\bat 0x[0-9a-fA-F]+").unwrap());
    // Python's `[ \t]*-?[0-9]+(?:\.[0-9]+)?(?= (?:MiB|MB)\b)` -> " N"; the
    // regex crate has no lookahead, so the unit is captured and put back.
    let mib =
        MIB.get_or_init(|| Regex::new(r"[ \t]*-?[0-9]+(?:\.[0-9]+)?( (?:MiB|MB)\b)").unwrap());

    let mut text = text.replace("\r\n", "\n");
    let mut dirs = vec![folder.to_string_lossy().into_owned()];
    if let Ok(real) = folder.canonicalize() {
        dirs.push(real.to_string_lossy().into_owned());
    }
    dirs.dedup();
    for d in dirs {
        let d = d.trim_end_matches('/');
        text = text.replace(&format!("{d}/"), "");
    }
    let text = hex.replace_all(&text, "at 0xADDR");
    mib.replace_all(&text, " N$1").into_owned()
}

/// Python's `str.isspace` for the characters that matter here.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Remove the leak-check line (the last non-empty stderr line) if present.
/// Returns the remaining stderr and the reported count.
fn split_leakcheck(stderr: &str) -> (String, Option<Result<u64, String>>) {
    let lines: Vec<&str> = stderr.split('\n').collect();
    let Some(idx) = lines
        .iter()
        .rposition(|l| !l.trim_matches(py_space).is_empty())
    else {
        return (stderr.to_owned(), None);
    };
    let line = lines[idx].trim_end_matches('\r');
    let Some(rest) = line.strip_prefix(LEAK_PREFIX) else {
        return (stderr.to_owned(), None);
    };
    let count = match rest.strip_suffix(LEAK_SUFFIX).map(str::parse::<u64>) {
        Some(Ok(n)) => Ok(n),
        _ => Err(format!("malformed leak-check line {line:?}")),
    };
    let mut kept: Vec<&str> = lines[..idx].to_vec();
    kept.extend_from_slice(&lines[idx + 1..]);
    (kept.join("\n"), Some(count))
}

fn read_text(path: &Path) -> String {
    fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn describe_exit(o: &Outcome) -> String {
    if o.timed_out {
        format!("timeout ({:?} limit), process group killed", timeout())
    } else if let Some(sig) = o.signal {
        format!("killed by signal {sig}")
    } else {
        format!("exit {}", o.code.unwrap_or(-1))
    }
}

fn stderr_tail(stderr: &str, n: usize) -> String {
    if stderr.trim_matches(py_space).is_empty() {
        return "  (empty)\n".to_owned();
    }
    let lines: Vec<&str> = stderr.trim_end_matches('\n').split('\n').collect();
    let start = lines.len().saturating_sub(n);
    let mut s = String::new();
    if start > 0 {
        s.push_str(&format!("  ... ({start} earlier lines)\n"));
    }
    for l in &lines[start..] {
        let l: String = l.chars().take(300).collect();
        s.push_str(&format!("  | {l}\n"));
    }
    s
}

/// A short unified diff around the first differing line.
fn short_diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.split('\n').collect();
    let g: Vec<&str> = got.split('\n').collect();
    let first = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let from = first.saturating_sub(3);
    const WINDOW: usize = 12;
    let wa = w[from..w.len().min(first + WINDOW)].join("\n") + "\n";
    let ga = g[from..g.len().min(first + WINDOW)].join("\n") + "\n";
    let clip = |s: &str| -> String {
        s.lines()
            .map(|l| {
                if l.chars().count() > 200 {
                    l.chars().take(200).collect::<String>() + "…"
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    };
    let (wa, ga) = (clip(&wa), clip(&ga));
    let diff = similar::TextDiff::from_lines(&wa, &ga);
    let mut s = format!(
        "first difference at stdout line {} (expected {} lines, got {} lines)\n",
        first + 1,
        w.len(),
        g.len()
    );
    s.push_str(
        &diff
            .unified_diff()
            .context_radius(3)
            .header("expected", "actual")
            .to_string(),
    );
    s
}

fn run_case(interp: &OsString, script: &Path, stress: bool) -> Result<(), Failed> {
    let folder = script.parent().unwrap_or(Path::new("."));
    let stem = script.with_extension("");
    let err_file = stem.with_extension("err");
    let exp_file = [stem.with_extension("exp"), stem.with_extension("out")]
        .into_iter()
        .find(|p| p.is_file());

    let o = execute(interp, script, stress)?;
    let (stderr, leak) = split_leakcheck(&o.stderr);
    let tail = || format!("stderr tail:\n{}", stderr_tail(&stderr, 12));
    let fail = |why: String| -> Result<(), Failed> { Err(format!("{why}\n{}", tail()).into()) };

    if o.timed_out || o.signal.is_some() {
        return fail(describe_exit(&o));
    }
    let code = o.code.unwrap_or(-1);

    if err_file.is_file() {
        let want = normalize(&read_text(&err_file), folder)
            .trim_matches(py_space)
            .to_owned();
        let normed = normalize(&stderr, folder);
        let got = normed
            .split('\n')
            .rfind(|l| !l.trim_matches(py_space).is_empty())
            .unwrap_or("")
            .trim_matches(py_space);
        if code == 0 {
            return fail("expected an error exit, got exit 0".into());
        }
        if got != want {
            return fail(format!(
                "stderr last line ({}):\n  expected: {want:?}\n  actual:   {got:?}",
                describe_exit(&o)
            ));
        }
    } else if code != 0 {
        return fail(format!("expected exit 0, got {}", describe_exit(&o)));
    }

    if let Some(exp) = exp_file {
        let want = normalize(&read_text(&exp), folder);
        let got = normalize(&o.stdout, folder);
        let (want, got) = (want.trim_end_matches('\n'), got.trim_end_matches('\n'));
        if want != got {
            return fail(format!("stdout differs\n{}", short_diff(want, got)));
        }
    }

    match leak {
        Some(Ok(0)) => Ok(()),
        Some(Ok(n)) => fail(format!(
            "leak check: {n} objects alive at exit (expected 0)"
        )),
        Some(Err(e)) => fail(format!("leak check: {e}")),
        None if code == 0 || code == 1 => fail(format!(
            "leak check: no `{LEAK_PREFIX}N{LEAK_SUFFIX}` line at the end of stderr (exit {code})"
        )),
        None => Ok(()),
    }
}
