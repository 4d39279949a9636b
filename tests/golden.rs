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
//! stdin = /dev/null, env `PYTHONHASHSEED=0`, in its own process group. The
//! time limit only catches hangs, never slowness: it is 300 s (`GOLDEN_TIMEOUT`
//! overrides), while the slowest script takes a few seconds, so a loaded machine
//! cannot turn a correct run into a failure. On timeout the whole group is
//! killed and the test fails. Speed is measured by `scripts/bench.sh`, never here. The binary is `CARGO_BIN_EXE_refpy` unless
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
use refpy::testrunner as tr;
use std::collections::HashSet;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

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
    if !root.is_dir() {
        return;
    }
    for script in tr::discover(root) {
        let stem = script.with_extension("");
        let rel = stem.strip_prefix(root).unwrap_or(&stem);
        let mut name = String::from(prefix);
        for part in rel.components() {
            name.push_str("::");
            name.push_str(&part.as_os_str().to_string_lossy());
        }
        out.push(Case { name, script });
    }
}

/// A guard against hangs only: two orders of magnitude above the slowest script,
/// so the verdict never depends on the machine's load.
const HANG_GUARD_SECS: f64 = 300.0;

fn timeout() -> Duration {
    let secs = std::env::var("GOLDEN_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(HANG_GUARD_SECS);
    Duration::from_secs_f64(secs)
}

fn run_case(interp: &OsString, script: &Path, stress: bool) -> Result<(), Failed> {
    let mut extra = vec!["-X", "leakcheck"];
    if stress {
        extra.extend(["-X", "stress-gc"]);
    }
    let limit = timeout();
    let o = tr::execute(std::slice::from_ref(interp), &extra, script, limit)?;
    let (stderr, leak) = tr::split_leakcheck(&o.stderr);
    tr::check(script, &o, &stderr, limit)?;
    tr::check_leak(leak, o.code.unwrap_or(-1), &stderr)?;
    Ok(())
}
