//! Golden-output test running, shared by `refpy test` (see `run`) and the cargo harness
//! `tests/golden.rs`: discovery of `NAME.py` + `NAME.out`/`NAME.exp`/`NAME.err`, running a
//! script in its own folder and process group with a time limit, golden.sh's normalization,
//! and the comparison rules of `../shared/conformance/README.md` (see `docs/testing.md`).

mod cmd;

pub use cmd::main as run_cli;

use regex::Regex;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// Maximum bytes kept per output stream; the rest is read and discarded.
pub const CAPTURE_LIMIT: usize = 64 << 20;
pub const LEAK_PREFIX: &str = "refpy: leakcheck: ";
pub const LEAK_SUFFIX: &str = " objects alive";

/// Every `.py` file under `dir` (recursively, `__pycache__` skipped), unsorted.
pub fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
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

/// Whether `script` has an expectation file (`.exp`, `.out` or `.err`): only those are tests.
pub fn has_expectation(script: &Path) -> bool {
    let stem = script.with_extension("");
    ["exp", "out", "err"]
        .iter()
        .any(|ext| stem.with_extension(ext).is_file())
}

/// The test scripts under `root`, sorted.
pub fn discover(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if root.is_file() {
        found.push(root.to_path_buf());
    } else {
        walk(root, &mut found);
    }
    found.sort();
    found.retain(|s| has_expectation(s));
    found
}

/// What one run of an interpreter produced.
pub struct Outcome {
    /// Exit code, or None when killed by a signal.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

pub fn read_capped(mut r: impl Read) -> Vec<u8> {
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

/// SIGKILLs the process group `pid` leads (stragglers included).
pub fn kill_group(pid: u32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        if pid > 0 {
            // SAFETY: kill(2) with a negative pid signals that process group; no memory involved.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
    }
}

/// Runs `interp [extra...] NAME.py` with cwd = the script's folder, stdin /dev/null,
/// `PYTHONHASHSEED=0`, in its own process group, killed (whole group) after `limit`.
pub fn execute(
    interp: &[OsString],
    extra: &[&str],
    script: &Path,
    limit: Duration,
) -> Result<Outcome, String> {
    let folder = script.parent().unwrap_or(Path::new("."));
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let file = script.file_name().unwrap_or_default();
    let Some((program, pre)) = interp.split_first() else {
        return Err("no interpreter".into());
    };
    let mut command = Command::new(program);
    command.args(pre).args(extra);
    let mut child = command
        .arg(file)
        .current_dir(folder)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start interpreter {program:?}: {e}"))?;
    let pid = child.id();
    let (Some(out_pipe), Some(err_pipe)) = (child.stdout.take(), child.stderr.take()) else {
        kill_group(pid);
        let _ = child.wait();
        return Err("no pipes to the interpreter".into());
    };
    let out_thread = thread::spawn(move || read_capped(out_pipe));
    let err_thread = thread::spawn(move || read_capped(err_pipe));

    let start = Instant::now();
    let mut timed_out = false;
    let mut pause = Duration::from_micros(200);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() >= limit => {
                timed_out = true;
                kill_group(pid);
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(5));
            }
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

/// golden.sh's normalization: CRLF -> LF; `FOLDER/` (as given and canonicalized) removed;
/// `at 0x<hex>` -> `at 0xADDR`; the blanks, sign and digits before ` MiB`/` MB` -> ` N`.
pub fn normalize(text: &str, folder: &Path) -> String {
    static HEX: OnceLock<Regex> = OnceLock::new();
    static MIB: OnceLock<Regex> = OnceLock::new();
    let hex = HEX.get_or_init(|| Regex::new(r"\bat 0x[0-9a-fA-F]+").expect("valid regex"));
    // Python's `[ \t]*-?[0-9]+(?:\.[0-9]+)?(?= (?:MiB|MB)\b)` -> " N"; the
    // regex crate has no lookahead, so the unit is captured and put back.
    let mib = MIB.get_or_init(|| {
        Regex::new(r"[ \t]*-?[0-9]+(?:\.[0-9]+)?( (?:MiB|MB)\b)").expect("valid regex")
    });

    let mut text = text.replace("\r\n", "\n");
    let mut dirs = vec![folder.to_string_lossy().into_owned()];
    if let Ok(real) = folder.canonicalize() {
        dirs.push(real.to_string_lossy().into_owned());
    }
    dirs.dedup();
    for d in dirs {
        let d = d.trim_end_matches('/');
        if d.is_empty() {
            continue;
        }
        text = text.replace(&format!("{d}/"), "");
    }
    let text = hex.replace_all(&text, "at 0xADDR");
    mib.replace_all(&text, " N$1").into_owned()
}

/// Python's `str.isspace` for the characters that matter here.
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Removes the leak-check line (the last non-empty stderr line) if present.
/// Returns the remaining stderr and the reported count.
pub fn split_leakcheck(stderr: &str) -> (String, Option<Result<u64, String>>) {
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

pub fn read_text(path: &Path) -> String {
    fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

pub fn describe_exit(o: &Outcome, limit: Duration) -> String {
    if o.timed_out {
        format!("timed out ({limit:?} limit), process group killed")
    } else if o.code == Some(crate::vm::interrupt::TIMEOUT_STATUS) {
        "timed out (stopped by -X max-time)".to_owned()
    } else if o.code == Some(crate::vm::interrupt::OUTPUT_STATUS) {
        "output limit exceeded (stopped by -X max-output)".to_owned()
    } else if let Some(sig) = o.signal {
        format!("killed by signal {sig}")
    } else {
        format!("exit {}", o.code.unwrap_or(-1))
    }
}

/// The last `n` lines of stderr, indented with `  | `.
pub fn stderr_tail(stderr: &str, n: usize) -> String {
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
pub fn short_diff(want: &str, got: &str) -> String {
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

/// Checks an outcome (whose stderr has the leak-check line already removed) against the
/// script's expectation files: the `.err` rule or exit 0, then stdout. `Err` is the reason,
/// with a diff and the stderr tail.
pub fn check(script: &Path, o: &Outcome, stderr: &str, limit: Duration) -> Result<(), String> {
    let folder = script.parent().unwrap_or(Path::new("."));
    let stem = script.with_extension("");
    let err_file = stem.with_extension("err");
    let exp_file = [stem.with_extension("exp"), stem.with_extension("out")]
        .into_iter()
        .find(|p| p.is_file());
    let tail = || format!("stderr tail:\n{}", stderr_tail(stderr, 12));
    let fail = |why: String| -> Result<(), String> { Err(format!("{why}\n{}", tail())) };

    if o.timed_out || o.signal.is_some() {
        return fail(describe_exit(o, limit));
    }
    let code = o.code.unwrap_or(-1);
    let stopped = [
        crate::vm::interrupt::TIMEOUT_STATUS,
        crate::vm::interrupt::OUTPUT_STATUS,
    ];
    if stopped.contains(&code) && stderr.lines().any(|l| l.starts_with("refpy: ")) {
        return fail(describe_exit(o, limit));
    }
    // An uncaught `MemoryError` the test did not expect is reported as what it is.
    let last = stderr
        .lines()
        .rfind(|l| !l.trim_matches(py_space).is_empty());
    let out_of_memory = code == 1 && last.is_some_and(|l| l.trim() == "MemoryError");
    if out_of_memory && !read_text(&err_file).trim().starts_with("MemoryError") {
        return fail("out of memory (uncaught MemoryError)".to_owned());
    }

    if err_file.is_file() {
        let want = normalize(&read_text(&err_file), folder)
            .trim_matches(py_space)
            .to_owned();
        let normed = normalize(stderr, folder);
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
                describe_exit(o, limit)
            ));
        }
    } else if code != 0 {
        return fail(format!("expected exit 0, got {}", describe_exit(o, limit)));
    }

    if let Some(exp) = exp_file {
        let want = normalize(&read_text(&exp), folder);
        let got = normalize(&o.stdout, folder);
        let (want, got) = (want.trim_end_matches('\n'), got.trim_end_matches('\n'));
        if want != got {
            return fail(format!("stdout differs\n{}", short_diff(want, got)));
        }
    }
    Ok(())
}

/// The leak-check verdict for a run made with `-X leakcheck`.
pub fn check_leak(
    leak: Option<Result<u64, String>>,
    code: i32,
    stderr: &str,
) -> Result<(), String> {
    let fail = |why: String| -> Result<(), String> {
        Err(format!("{why}\nstderr tail:\n{}", stderr_tail(stderr, 12)))
    };
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

/// An interpreter argument as golden.sh takes it: an existing path or one containing `/`
/// (made absolute), a bare command name, or a string with spaces split into words.
pub fn interpreter_command(arg: &OsStr) -> Vec<OsString> {
    let p = Path::new(arg);
    let s = arg.to_string_lossy();
    if p.exists() || s.contains('/') {
        let abs = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|d| d.join(p))
                .unwrap_or_else(|_| p.to_path_buf())
        };
        return vec![abs.into_os_string()];
    }
    if s.contains(' ') {
        return s.split_whitespace().map(OsString::from).collect();
    }
    vec![arg.to_os_string()]
}
