#!/usr/bin/env bash
# bench.sh — build refpy in release mode and run scripts/bench/*.py under
# python3 and refpy side by side (best of 3 wall times, ratio refpy/python3).
# Arguments are passed to scripts/bench.py (e.g. `-n 5 recursion loops`).
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
cargo build --release --manifest-path "$ROOT/Cargo.toml" --bin refpy
exec python3 "$ROOT/scripts/bench.py" "$@"
