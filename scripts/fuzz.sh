#!/usr/bin/env bash
# fuzz.sh — run one cargo-fuzz target of tests/fuzz/ for a while.
#
# usage: scripts/fuzz.sh TARGET SECONDS      (TARGET: parse, compile or run)
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). The corpus
# lives in tests/fuzz/corpus/TARGET (ignored by git) and is seeded from the golden tests
# on first use; crashes land in tests/fuzz/artifacts/TARGET. Each finding must become a
# regression test (a golden or a tests/no_panic.rs case) before it is fixed.
# Exit status: 0 when the run found nothing, else cargo-fuzz's.
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
TARGET=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
SECONDS_=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
FUZZ="$ROOT/tests/fuzz"
CORPUS="$FUZZ/corpus/$TARGET"

if [ ! -d "$CORPUS" ]; then
    mkdir -p "$CORPUS"
    if [ "$TARGET" != run ]; then
        # Source-text targets start from every golden script.
        find "$ROOT/tests/golden" -name '*.py' -size -16k | while read -r f; do
            cp "$f" "$CORPUS/$(basename "$(dirname "$f")")_$(basename "$f")"
        done
    else
        # The program generator reads bytes; a few seeds of each statement kind.
        for i in $(seq 0 63); do printf "\\x$(printf %02x "$i")\\x01\\x02\\x03" >"$CORPUS/seed_$i"; done
    fi
fi

cd "$FUZZ"
# LeakSanitizer's check at process exit would report the never-dropped VM (see run.rs).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
# -rss_limit_mb: refpy's own limit paths are fuzzed too, so a big allocation is a finding
# only if it aborts. -close_fd_mask=1: programs' prints stay out of the log.
# -detect_leaks=0: the `run` target keeps one VM for the process, and the builtin types
# are immortal by design (they point at each other); leaks of Python objects are refpy's
# own check (the heap verifier and the leak check), not LeakSanitizer's.
# The run target reads at most 256 bytes (longer programs only repeat the same
# statements); it starts at that length (-len_control=0) instead of growing inputs from a
# few bytes, which at its few dozen programs a second would take most of an hour.
# -timeout: a run input is a whole program run twice under ASan, stress-gc and the heap
# verifier; one that takes 4.4 s alone took 27 s at nice 19 on a loaded 2-core machine,
# so the limit is 60 s for it (a real hang still stops the run).
LEN_ARGS=(-max_len=4096)
TIMEOUT=20
if [ "$TARGET" = run ]; then
    LEN_ARGS=(-max_len=256 -len_control=0)
    TIMEOUT=60
fi
exec cargo +nightly fuzz run --fuzz-dir "$FUZZ" "$TARGET" "$CORPUS" -- \
    -max_total_time="$SECONDS_" -rss_limit_mb=4096 -timeout="$TIMEOUT" -close_fd_mask=1 \
    "${LEN_ARGS[@]}" -detect_leaks=0
