//! The `refpy` binary: see `cli`.

/// Small blocks come from per-size free lists (see `heap::pool`).
#[global_allocator]
static ALLOCATOR: refpy::heap::pool::PoolAlloc = refpy::heap::pool::PoolAlloc;

fn main() {
    let code = refpy::cli::main();
    if code == refpy::cli::EXIT_BY_SIGINT {
        refpy::vm::interrupt::exit_by_sigint();
    }
    std::process::exit(code);
}
