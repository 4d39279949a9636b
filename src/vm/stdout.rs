//! The interpreter's standard output: one buffer per thread, written by `print` and
//! `sys.stdout`, flushed before anything goes to stderr and at exit.
//!
//! It lives in a thread-local rather than in the `Vm` so that the panic hook can reach it:
//! release builds abort on a panic (no unwinding, so no destructor would flush it), and what
//! a script printed before an interpreter bug must still come out ([`flush_after_panic`]).

use std::cell::RefCell;
use std::io::{BufWriter, Stdout, Write};

/// Buffer size in normal runs; `-u` and the REPL write through.
const BUFFERED: usize = 1 << 16;

thread_local! {
    static STDOUT: RefCell<BufWriter<Stdout>> =
        RefCell::new(BufWriter::with_capacity(BUFFERED, std::io::stdout()));
}

fn with<R>(f: impl FnOnce(&mut BufWriter<Stdout>) -> R) -> Option<R> {
    STDOUT
        .try_with(|out| out.try_borrow_mut().ok().map(|mut out| f(&mut out)))
        .ok()
        .flatten()
}

pub fn write(bytes: &[u8]) {
    let _ = with(|out| out.write_all(bytes));
}

pub fn flush() {
    let _ = with(|out| out.flush());
}

/// Makes every write go straight out (`-u`, the REPL); flushes what was buffered first.
pub fn set_unbuffered() {
    with(|out| {
        let _ = out.flush();
        *out = BufWriter::with_capacity(0, std::io::stdout());
    });
}

/// What was written since the last flush (the trace recorder files it before flushing).
pub fn pending() -> String {
    with(|out| String::from_utf8_lossy(out.buffer()).into_owned()).unwrap_or_default()
}

/// Called by the panic hook on the panicking thread: lets out what the script printed. If
/// the panic came while the buffer was being written, that write's bytes may be lost.
pub fn flush_after_panic() {
    flush();
}
