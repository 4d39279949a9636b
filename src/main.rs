//! The `refpy` binary: see `cli`.

fn main() {
    std::process::exit(refpy::cli::main());
}
