#!/usr/bin/env bash
# miri.sh — runs the unit tests of refpy's unsafe code under Miri (nightly toolchain).
# The builtin types are immortal by design (never freed), so leaks are not errors here.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup component add miri rust-src --toolchain nightly >/dev/null 2>&1 || true
MIRIFLAGS="${MIRIFLAGS:-} -Zmiri-ignore-leaks" CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/miri}" \
    cargo +nightly miri test --lib "$@" -- vm::borrowed vm::frame heap::pool heap::counted objects::str
