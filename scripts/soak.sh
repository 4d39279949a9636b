#!/usr/bin/env bash
# soak.sh — run the whole test suite N times in a row on a deliberately busy
# machine and report how many runs passed. A test whose verdict depends on the
# machine's load shows up here as a failed run.
#
# usage: scripts/soak.sh [N]          (default N = 10)
#
# While the suite runs, one busy-loop process per core keeps every core loaded
# (they are killed when the script ends, however it ends). Each run's output is
# kept in target/soak/run-K.log; the last line is `soak: P passed, F failed`.
set -uo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
N=${1:-10}
LOGS="$ROOT/target/soak"
mkdir -p "$LOGS"

cargo test --release --manifest-path "$ROOT/Cargo.toml" --no-run >/dev/null 2>&1 || {
    echo "soak.sh: the test build failed; run cargo test --release to see why" >&2
    exit 1
}

hogs=()
cleanup() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done; }
trap cleanup EXIT INT TERM
for _ in $(seq "$(nproc)"); do
    (while :; do :; done) &
    hogs+=("$!")
done

passed=0
failed=0
for k in $(seq "$N"); do
    if (cd "$ROOT" && cargo test --release) >"$LOGS/run-$k.log" 2>&1; then
        passed=$((passed + 1))
        echo "run $k: ok"
    else
        failed=$((failed + 1))
        echo "run $k: FAILED (see $LOGS/run-$k.log)"
        grep -E '^test .* FAILED$|^    [a-z_:]+$' "$LOGS/run-$k.log" | head -20
    fi
done
echo "soak: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
