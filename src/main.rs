//! The `refpy` binary: see `cli`.

/// Small blocks come from per-size free lists (see `heap::pool`).
#[global_allocator]
static ALLOCATOR: refpy::heap::pool::PoolAlloc = refpy::heap::pool::PoolAlloc;

fn main() {
    std::process::exit(refpy::cli::main());
}
