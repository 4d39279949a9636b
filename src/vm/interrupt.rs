//! The VM's check point for things that happen outside the running code: Ctrl-C, a heap
//! over its `-X max-memory` limit, and the limits for untrusted scripts (`-X max-time`,
//! `-X max-output`).
//!
//! One atomic byte of request bits is polled by the dispatch loop at calls and backward
//! jumps (`take()`, CPython's eval breaker); when it is non-zero the loop raises
//! [`exception`]:
//! - Ctrl-C (the REPL installs a SIGINT handler that sets a bit): `KeyboardInterrupt`. A
//!   second Ctrl-C before the VM consumed the first exits with status 130, so a loop the VM
//!   does not poll can still be left. Scripts keep SIGINT's default action.
//! - The heap over its limit (`heap::limits` samples it as objects are allocated):
//!   `MemoryError`, if it is still over when the VM looks; the script may catch it.
//! - A stop (time or output limit): `KeyboardInterrupt` with the reason. The stop bit is
//!   never cleared, so every later check point raises again: handlers and `finally`
//!   blocks run, but the script cannot go on. The CLI then prints the reason as the last
//!   line of stderr and exits with [`TIMEOUT_STATUS`] (as `timeout(1)`) or
//!   [`OUTPUT_STATUS`]. A script stuck where the VM does not poll (a huge integer power,
//!   `time.sleep`) is ended by the timer thread [`GRACE`] after its limit, the same way.

use super::{PyErr, Vm};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::time::Duration;

/// Request bit: Ctrl-C.
const CTRL_C: u8 = 1;
/// Request bit: the heap may be over its limit.
const MEMORY: u8 = 2;
/// Request bit: the script must stop (see [`STOP_KIND`]).
const STOP: u8 = 4;

/// Exit status after the time limit, as `timeout(1)` reports it.
pub const TIMEOUT_STATUS: i32 = 124;
/// Exit status after the output limit.
pub const OUTPUT_STATUS: i32 = 125;
/// How long a timed-out script may take to reach a check point before the process ends.
pub const GRACE: Duration = Duration::from_secs(2);

static PENDING: AtomicU8 = AtomicU8::new(0);

/// Why the script was stopped: 0 not stopped, else one of the `STOP_*` values.
static STOP_KIND: AtomicU8 = AtomicU8::new(0);
const STOP_TIME: u8 = 1;
const STOP_OUTPUT: u8 = 2;

/// `-X max-time` in milliseconds (for the message) and `-X max-output` in bytes (0: none).
static MAX_TIME_MS: AtomicU64 = AtomicU64::new(0);
static MAX_OUTPUT: AtomicU64 = AtomicU64::new(0);
/// Bytes written to stdout and stderr so far (counted only with an output limit).
static WRITTEN: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// What the last successful `take()` saw, for [`exception`].
    static TAKEN: Cell<u8> = const { Cell::new(0) };
}

/// Whether the VM must raise now; records why for [`exception`]. Cheap enough to call once
/// per loop iteration (a relaxed load when nothing is pending).
#[inline]
pub fn take() -> bool {
    PENDING.load(Ordering::Relaxed) != 0 && take_slow()
}

#[cold]
fn take_slow() -> bool {
    // The stop bit stays set; the others are consumed.
    let bits = PENDING.fetch_and(STOP, Ordering::Relaxed);
    let why = if bits & STOP != 0 {
        STOP
    } else if bits & CTRL_C != 0 {
        CTRL_C
    } else if bits & MEMORY != 0 && crate::heap::limits::over_limit() {
        MEMORY
    } else {
        return false;
    };
    TAKEN.with(|t| t.set(why));
    true
}

/// The exception for what the last `take()` saw (the caller raises it).
pub fn exception(vm: &Vm) -> PyErr {
    match TAKEN.with(|t| t.get()) {
        MEMORY => vm.no_memory(crate::heap::limits::OutOfMemory),
        STOP => {
            let msg = stop_message().unwrap_or_default();
            let cls = vm.exc_type("KeyboardInterrupt");
            PyErr(vm.new_exception(&cls, vec![vm.str(&msg)]))
        }
        _ => {
            let cls = vm.exc_type("KeyboardInterrupt");
            PyErr(vm.new_exception(&cls, Vec::new()))
        }
    }
}

/// Forgets a pending Ctrl-C or memory request (e.g. one that arrived while no code was
/// running); a stop is kept.
pub fn clear() {
    PENDING.fetch_and(STOP, Ordering::Relaxed);
}

/// Called by the heap when its sampled live bytes are over the limit.
fn request_memory_check() {
    PENDING.fetch_or(MEMORY, Ordering::Relaxed);
}

extern "C" fn on_sigint(_: libc::c_int) {
    if PENDING.fetch_or(CTRL_C, Ordering::Relaxed) & CTRL_C != 0 {
        // SAFETY: _exit is async-signal-safe.
        unsafe { libc::_exit(130) };
    }
}

/// Ends the process by SIGINT with the default action, as CPython's `exit_sigint` does
/// after an uncaught `KeyboardInterrupt`; 130 (128 + SIGINT) if the signal did not end
/// it. Output must be flushed before.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default action and signalling our own process are plain
    // system calls with valid arguments; `_exit` ends the process without unwinding.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
        libc::_exit(130)
    }
}

/// Installs the SIGINT handler (idempotent).
pub fn install_handler() {
    // SAFETY: a plain sigaction with a handler that only touches an atomic or calls _exit.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

// ---- limits for untrusted scripts ----

/// Reads the `-X max-memory=SIZE`, `-X max-time=SECONDS` and `-X max-output=SIZE` options,
/// sets the limits and starts the timer. An error is the usage message for a bad value.
pub fn configure(xoptions: &[String]) -> Result<(), String> {
    crate::heap::limits::set_overrun_hook(Some(request_memory_check));
    for opt in xoptions {
        let Some((name, value)) = opt.split_once('=') else {
            continue;
        };
        match name {
            "max-memory" => {
                let bytes = parse_size(value)
                    .ok_or_else(|| format!("-X max-memory: bad size {value:?}"))?;
                crate::heap::limits::set_memory_limit(Some(bytes as usize));
            }
            "max-time" => {
                let secs = value
                    .parse::<f64>()
                    .ok()
                    .filter(|s| s.is_finite() && *s > 0.0)
                    .ok_or_else(|| format!("-X max-time: bad number of seconds {value:?}"))?;
                start_timer(Duration::from_secs_f64(secs));
            }
            "max-output" => {
                let bytes = parse_size(value)
                    .ok_or_else(|| format!("-X max-output: bad size {value:?}"))?;
                MAX_OUTPUT.store(bytes, Ordering::Relaxed);
            }
            _ => {}
        }
    }
    crate::heap::limits::limit_from_address_space();
    Ok(())
}

/// A size as `512M`, `2G`, `64k` or plain bytes (binary multiples, as `ulimit` and `-m`
/// options of most tools read them); `None` for anything else or zero.
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let (digits, shift) = match text.char_indices().last()? {
        (i, 'k' | 'K') => (&text[..i], 10),
        (i, 'm' | 'M') => (&text[..i], 20),
        (i, 'g' | 'G') => (&text[..i], 30),
        (i, 't' | 'T') => (&text[..i], 40),
        _ => (text, 0),
    };
    let n: u64 = digits.parse().ok()?;
    n.checked_mul(1 << shift).filter(|&b| b > 0)
}

/// The timer thread of `-X max-time`: the stop request at the limit, the hard end
/// [`GRACE`] later.
fn start_timer(limit: Duration) {
    MAX_TIME_MS.store(limit.as_millis() as u64, Ordering::Relaxed);
    std::thread::spawn(move || {
        std::thread::sleep(limit);
        request_stop(STOP_TIME);
        std::thread::sleep(GRACE);
        if let Some(line) = stop_message() {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "refpy: {line}");
        }
        std::process::exit(TIMEOUT_STATUS);
    });
}

fn request_stop(kind: u8) {
    let _ = STOP_KIND.compare_exchange(0, kind, Ordering::Relaxed, Ordering::Relaxed);
    PENDING.fetch_or(STOP, Ordering::Relaxed);
}

/// The reason of a stop, as the one-line message says it.
fn stop_message() -> Option<String> {
    match STOP_KIND.load(Ordering::Relaxed) {
        STOP_TIME => {
            let secs = MAX_TIME_MS.load(Ordering::Relaxed) as f64 / 1000.0;
            Some(format!("time limit exceeded (-X max-time={secs})"))
        }
        STOP_OUTPUT => Some(format!(
            "output limit exceeded (-X max-output={})",
            MAX_OUTPUT.load(Ordering::Relaxed)
        )),
        _ => None,
    }
}

/// After a stop: the one-line reason (for the last line of stderr) and the exit status.
/// The stop request is withdrawn, so interpreter teardown runs undisturbed (the timer
/// thread still ends a teardown that hangs).
pub fn stopped() -> Option<(String, i32)> {
    PENDING.fetch_and(!STOP, Ordering::Relaxed);
    let status = match STOP_KIND.load(Ordering::Relaxed) {
        STOP_TIME => TIMEOUT_STATUS,
        STOP_OUTPUT => OUTPUT_STATUS,
        _ => return None,
    };
    Some((format!("refpy: {}", stop_message()?), status))
}

/// How much of `text`, about to be written to stdout or stderr, the output limit lets
/// through. Past the limit the rest is dropped and the script is stopped; once stopped,
/// stderr still gets everything (the traceback of where it was).
pub fn within_output_limit(text: &str, stderr: bool) -> &str {
    let mut keep = within_output_limit_bytes(text.as_bytes(), stderr).len();
    while !text.is_char_boundary(keep) {
        keep -= 1;
    }
    &text[..keep]
}

/// [`within_output_limit`] for raw bytes.
pub fn within_output_limit_bytes(bytes: &[u8], stderr: bool) -> &[u8] {
    let max = MAX_OUTPUT.load(Ordering::Relaxed);
    if max == 0 || (stderr && STOP_KIND.load(Ordering::Relaxed) != 0) {
        return bytes;
    }
    let before = WRITTEN.fetch_add(bytes.len() as u64, Ordering::Relaxed);
    if before.saturating_add(bytes.len() as u64) <= max {
        return bytes;
    }
    request_stop(STOP_OUTPUT);
    &bytes[..max.saturating_sub(before) as usize]
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512M"), Some(512 << 20));
        assert_eq!(parse_size("2G"), Some(2 << 30));
        assert_eq!(parse_size("64k"), Some(64 << 10));
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("99999999999T"), None);
    }
}
