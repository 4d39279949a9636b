#!/usr/bin/env bash
# bench_hooks.sh — what the tracing hooks cost when nothing traces: refpy as shipped
# against refpy built without them (`--no-default-features`, see `refpy::HOOKS`), over
# the benchmark set of scripts/bench.sh, interleaved, median of N (default 5).
# Arguments are passed to scripts/bench.py (e.g. `-n 3 --markdown richards loops`).
# The hookless build goes to target/nohooks, beside the normal one.
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build --release --manifest-path "$ROOT/Cargo.toml" --bin refpy
cargo build --release --manifest-path "$ROOT/Cargo.toml" --bin refpy \
    --no-default-features --target-dir "$ROOT/target/nohooks"
exec python3 "$ROOT/scripts/bench.py" --python "$ROOT/target/nohooks/release/refpy" \
    --refpy "$TARGET/release/refpy" --labels no-hooks,hooks "$@"
