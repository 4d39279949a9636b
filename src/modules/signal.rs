//! The native half of `signal` (`py/signal.py`): `sigaction(2)` and friends. A signal
//! given a Python handler gets [`on_signal`], which only records it in [`PENDING`]; the
//! Python half runs the handlers of recorded signals at its own check points
//! (`raise_signal`, `pause`, `sigwait`..., and `subprocess`'s waits), since the
//! VM's dispatch loop has no hook for them (CPython runs them at the next bytecode).
//!
//! The Python half checks the arguments (range, types, CPython's messages) and keeps the
//! table of Python handlers; these functions take plain ints.

use super::resource::{errno_error, int_arg, last_errno};
use crate::objects::function::NativeFn;
use crate::vm::{Args, PyResult, Vm};
use std::sync::atomic::{AtomicU64, Ordering};

/// Set in `signal` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_sigaction", sigaction),
    ("_raise", raise),
    ("_take_pending", take_pending),
    ("_alarm", alarm),
    ("_pause", pause),
    ("_strsignal", strsignal),
    ("_setitimer", setitimer),
    ("_getitimer", getitimer),
    ("_sigmask", sigmask),
    ("_sigpending", sigpending),
    ("_sigwait", sigwait),
    ("_siginterrupt", siginterrupt),
    ("_kill", super::subprocess::kill),
    ("default_int_handler", default_int_handler),
];

/// `signal.default_int_handler(signum, frame)`: raises `KeyboardInterrupt`.
fn default_int_handler(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "default_int_handler expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    let cls = vm.exc_type("KeyboardInterrupt");
    Err(crate::vm::PyErr(vm.new_exception(&cls, Vec::new())))
}

/// Signals received since the Python half last looked: bit `n - 1` for signal `n`.
static PENDING: AtomicU64 = AtomicU64::new(0);

/// The handler of every signal with a Python handler: records it, nothing else
/// (async-signal-safe: one atomic operation).
extern "C" fn on_signal(sig: libc::c_int) {
    if (1..=64).contains(&sig) {
        PENDING.fetch_or(1 << (sig - 1), Ordering::SeqCst);
    }
}

/// Action codes shared with the Python half.
const ACT_QUERY: i64 = -1;
const ACT_DEFAULT: i64 = 0;
const ACT_IGNORE: i64 = 1;
const ACT_PYTHON: i64 = 2;
/// The VM's own Ctrl-C handler (`KeyboardInterrupt` at the next check point of the
/// dispatch loop), for `signal(SIGINT, default_int_handler)`.
const ACT_VM_SIGINT: i64 = 3;
/// Any other handler (installed by Rust or by the REPL).
const ACT_OTHER: i64 = 4;

/// `_sigaction(signum, action)`: sets the action (`ACT_*`; `ACT_QUERY` only reads) and
/// returns the previous one's code. `EINVAL` (SIGKILL, SIGSTOP) is `OSError`.
fn sigaction(vm: &mut Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0)? as libc::c_int;
    let action = int_arg(vm, &args, 1)?;
    // SAFETY: `sigaction` is a plain C struct, valid when all zero.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    if action == ACT_VM_SIGINT {
        // SAFETY: reading the current action into a live, writable struct.
        unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
        crate::vm::interrupt::install_handler();
    } else {
        // SAFETY: as above; `new` is built fully before the call.
        let mut new: libc::sigaction = unsafe { std::mem::zeroed() };
        new.sa_sigaction = match action {
            ACT_DEFAULT => libc::SIG_DFL,
            ACT_IGNORE => libc::SIG_IGN,
            _ => on_signal as extern "C" fn(libc::c_int) as usize,
        };
        new.sa_flags = libc::SA_RESTART;
        // SAFETY: `new.sa_mask` is a live sigset_t for sigemptyset to clear.
        unsafe { libc::sigemptyset(&mut new.sa_mask) };
        let new_ptr = if action == ACT_QUERY {
            std::ptr::null()
        } else {
            &new as *const libc::sigaction
        };
        // SAFETY: `new_ptr` is null or points at `new`; `old` is live and writable. The
        // handler installed only touches an atomic.
        if unsafe { libc::sigaction(sig, new_ptr, &mut old) } < 0 {
            return Err(errno_error(vm, last_errno(), None));
        }
    }
    let code = match old.sa_sigaction {
        libc::SIG_DFL => ACT_DEFAULT,
        libc::SIG_IGN => ACT_IGNORE,
        h if h == on_signal as extern "C" fn(libc::c_int) as usize => ACT_PYTHON,
        _ => ACT_OTHER,
    };
    Ok(vm.int(code))
}

/// `_raise(signum)`: `raise(3)`.
fn raise(vm: &mut Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: raise(3) takes any number; a bad one fails with EINVAL.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(errno_error(vm, last_errno(), None));
    }
    Ok(vm.none())
}

/// `_take_pending()`: the signals recorded since the last call, in number order.
fn take_pending(vm: &mut Vm, _args: Args) -> PyResult {
    let bits = PENDING.swap(0, Ordering::SeqCst);
    let sigs = (1..=64)
        .filter(|n| bits & (1 << (n - 1)) != 0)
        .map(|n| vm.int(n))
        .collect();
    Ok(vm.tuple(sigs))
}

/// `_alarm(seconds)`: `alarm(2)`, returning the seconds left of the previous alarm.
fn alarm(vm: &mut Vm, args: Args) -> PyResult {
    let secs = int_arg(vm, &args, 0)?;
    // SAFETY: alarm(2) takes any unsigned number of seconds.
    let left = unsafe { libc::alarm(secs as libc::c_uint) };
    Ok(vm.int(left as i64))
}

/// `_pause()`: sleeps until a signal with a Python handler arrives. The VM runs on a
/// thread of its own, and a signal sent to the process may be handled by the first
/// thread (waiting for the VM's), where `pause(2)` in this one would not see it: this
/// looks at [`PENDING`] every few milliseconds instead.
fn pause(vm: &mut Vm, _args: Args) -> PyResult {
    vm.flush_stdout();
    while PENDING.load(Ordering::SeqCst) == 0 {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    Ok(vm.none())
}

/// `_strsignal(signum)`: the system's description, or None.
fn strsignal(vm: &mut Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: strsignal returns a pointer to a NUL-terminated string (or null), read at
    // once and copied before any other call could reuse its buffer.
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            None
        } else {
            Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
        }
    };
    Ok(match text {
        // glibc's text for numbers it does not know.
        Some(t) if !t.starts_with("Unknown signal") => vm.string(t),
        _ => vm.none(),
    })
}

fn timeval(secs: f64) -> libc::timeval {
    let secs = secs.max(0.0);
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    let mut sec = whole as libc::time_t;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // A tiny positive value must not become 0, which would disarm the timer.
    if sec == 0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: sec,
        tv_usec: usec,
    }
}

fn itimer_tuple(vm: &Vm, it: &libc::itimerval) -> crate::heap::PyRef {
    let secs = |tv: &libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    let value = vm.float(secs(&it.it_value));
    let interval = vm.float(secs(&it.it_interval));
    vm.tuple(vec![value, interval])
}

/// A float argument (the Python half passes floats).
fn float_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<f64> {
    match args.positional().get(i).map(|a| &a.payload) {
        Some(crate::objects::payload::Payload::Float(f)) => Ok(*f),
        _ => Err(vm.type_error("expected a float")),
    }
}

/// `_setitimer(which, seconds, interval)`: returns the old `(delay, interval)`; an error
/// is `(errno,)` for the Python half's `ItimerError`.
fn setitimer(vm: &mut Vm, args: Args) -> PyResult {
    let which = int_arg(vm, &args, 0)? as libc::c_int;
    let new = libc::itimerval {
        it_value: timeval(float_arg(vm, &args, 1)?),
        it_interval: timeval(float_arg(vm, &args, 2)?),
    };
    // SAFETY: `itimerval` is a plain C struct, valid when all zero.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `new` and `old` are live structs; setitimer reads one and writes the other.
    if unsafe { libc::setitimer(which as _, &new, &mut old) } < 0 {
        let errno = vm.int(last_errno() as i64);
        return Ok(vm.tuple(vec![errno]));
    }
    Ok(itimer_tuple(vm, &old))
}

/// `_getitimer(which)`: the current `(delay, interval)`, or `(errno,)`.
fn getitimer(vm: &mut Vm, args: Args) -> PyResult {
    let which = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: `itimerval` is a plain C struct, valid when all zero.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `cur` is a live struct for getitimer to fill.
    if unsafe { libc::getitimer(which as _, &mut cur) } < 0 {
        let errno = vm.int(last_errno() as i64);
        return Ok(vm.tuple(vec![errno]));
    }
    Ok(itimer_tuple(vm, &cur))
}

/// The members of a signal set, in number order.
fn set_members(vm: &Vm, set: &libc::sigset_t) -> crate::heap::PyRef {
    let sigs = (1..=64)
        // SAFETY: `set` is a live, initialised sigset_t; sigismember only reads it.
        .filter(|&n| unsafe { libc::sigismember(set, n) } == 1)
        .map(|n| vm.int(n as i64))
        .collect();
    vm.tuple(sigs)
}

/// A sigset_t of the signal numbers in the tuple argument `i` (checked in Python).
fn set_of(vm: &mut Vm, args: &Args, i: usize) -> PyResult<libc::sigset_t> {
    // SAFETY: `sigset_t` is plain data; sigemptyset initialises it before any use.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is live and writable.
    unsafe { libc::sigemptyset(&mut set) };
    let items = args
        .positional()
        .get(i)
        .and_then(|t| t.tuple_items())
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    for item in items {
        let n = vm.index_value(&item)? as libc::c_int;
        // SAFETY: `set` is initialised; a bad number fails with EINVAL, not UB.
        unsafe { libc::sigaddset(&mut set, n) };
    }
    Ok(set)
}

/// `_sigmask(how, signals)`: `pthread_sigmask(3)`, returning the old mask's signals.
fn sigmask(vm: &mut Vm, args: Args) -> PyResult {
    let how = int_arg(vm, &args, 0)? as libc::c_int;
    let set = set_of(vm, &args, 1)?;
    // SAFETY: `sigset_t` is plain data, filled by the call below.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: both sets are live; pthread_sigmask reads `set` and writes `old`.
    let rc = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if rc != 0 {
        return Err(errno_error(vm, rc, None));
    }
    Ok(set_members(vm, &old))
}

/// `_sigpending()`: the signals pending for the thread, blocked by its mask.
fn sigpending(vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: `sigset_t` is plain data, filled by sigpending.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is live and writable.
    if unsafe { libc::sigpending(&mut set) } < 0 {
        return Err(errno_error(vm, last_errno(), None));
    }
    Ok(set_members(vm, &set))
}

/// `_sigwait(signals)`: waits for one of the (blocked) signals and returns its number.
fn sigwait(vm: &mut Vm, args: Args) -> PyResult {
    let set = set_of(vm, &args, 0)?;
    vm.flush_stdout();
    let mut sig: libc::c_int = 0;
    // SAFETY: `set` is an initialised sigset_t and `sig` a live int to write.
    let rc = unsafe { libc::sigwait(&set, &mut sig) };
    if rc != 0 {
        return Err(errno_error(vm, rc, None));
    }
    Ok(vm.int(sig as i64))
}

/// `_siginterrupt(signum, flag)`: whether a handled signal interrupts system calls
/// (without `SA_RESTART`) or lets them restart.
fn siginterrupt(vm: &mut Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0)? as libc::c_int;
    let flag = int_arg(vm, &args, 1)? != 0;
    // SAFETY: `sigaction` is a plain C struct, valid when all zero.
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: reading the current action into a live struct, then writing it back with
    // only its flags changed.
    unsafe {
        if libc::sigaction(sig, std::ptr::null(), &mut act) < 0 {
            return Err(errno_error(vm, last_errno(), None));
        }
        if flag {
            act.sa_flags &= !libc::SA_RESTART;
        } else {
            act.sa_flags |= libc::SA_RESTART;
        }
        if libc::sigaction(sig, &act, std::ptr::null_mut()) < 0 {
            return Err(errno_error(vm, last_errno(), None));
        }
    }
    Ok(vm.none())
}
