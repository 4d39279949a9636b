#!/usr/bin/env bash
# bench.sh — build refpy in release mode and run scripts/bench/*.py under
# python3 and refpy side by side, interleaved (median of 5 wall times and peak
# RSS of each, ratios refpy/python3, geometric means; see scripts/bench.py).
# Arguments are passed to scripts/bench.py (e.g. `-n 3 --markdown recursion loops`).
# CARGO_TARGET_DIR is honoured.
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
cargo build --release --manifest-path "$ROOT/Cargo.toml" --bin refpy
exec python3 "$ROOT/scripts/bench.py" --refpy "${CARGO_TARGET_DIR:-$ROOT/target}/release/refpy" "$@"
