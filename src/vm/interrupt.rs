//! Ctrl-C while Python code runs: the REPL installs a SIGINT handler that sets a flag; the
//! dispatch loop polls `take()` and raises `KeyboardInterrupt` when it was set.
//!
//! Without an installed handler (scripts), SIGINT keeps its default action, so nothing
//! changes for them. A second Ctrl-C before the VM consumed the first exits the process
//! with status 130, so a loop the VM does not poll can still be left.

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

/// Whether a Ctrl-C arrived since the last call; clears the flag. Cheap enough to call
/// once per instruction (a relaxed load when no interrupt is pending).
#[inline]
pub fn take() -> bool {
    PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::Relaxed)
}

/// Forgets a pending interrupt (e.g. one that arrived while no code was running).
pub fn clear() {
    PENDING.store(false, Ordering::Relaxed);
}

extern "C" fn on_sigint(_: libc::c_int) {
    if PENDING.swap(true, Ordering::Relaxed) {
        // SAFETY: _exit is async-signal-safe.
        unsafe { libc::_exit(130) };
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
