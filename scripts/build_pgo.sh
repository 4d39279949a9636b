#!/usr/bin/env bash
# build_pgo.sh — a profile-guided release build of refpy, as CPython's own
# `--enable-optimizations` builds are made: an instrumented build runs a training set (the
# benchmark programs and the golden test scripts), and the release build then lays out and
# inlines the dispatch loop and the call path for what ran. Same source, same semantics;
# only code placement and inlining change. Prints the binary's path last.
#
#   scripts/build_pgo.sh                    # prints .../pgo-use/release/refpy
#   python3 scripts/bench.py -n 3 --refpy "$(scripts/build_pgo.sh | tail -1)"
#
# Needs llvm-profdata matching rustc's LLVM: `rustup component add llvm-tools` (done here
# when missing). Build dirs `pgo-gen` and `pgo-use` live under the target dir, apart from the
# plain release build, so neither invalidates the other.
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
PROF="$TARGET/pgo-profile"

profdata() {
    local sysroot
    sysroot=$(rustc --print sysroot)
    local host
    host=$(rustc -vV | sed -n 's/^host: //p')
    echo "$sysroot/lib/rustlib/$host/bin/llvm-profdata"
}
if [ ! -x "$(profdata)" ]; then
    rustup component add llvm-tools >&2
fi

rm -rf "$PROF"
mkdir -p "$PROF/raw"
RUSTFLAGS="-Cprofile-generate=$PROF/raw" CARGO_TARGET_DIR="$TARGET/pgo-gen" \
    cargo build --release --manifest-path "$ROOT/Cargo.toml" --bin refpy >&2
GEN="$TARGET/pgo-gen/release/refpy"

# Training: every benchmark program once, then the golden scripts (the breadth keeps code
# the benchmarks never reach from being laid out as if it never ran).
for program in "$ROOT"/scripts/bench/*.py; do
    "$GEN" "$program" >/dev/null 2>&1 || true
done
find "$ROOT/tests/golden" -name '*.py' -not -path '*/pkgs/*' | sort | while read -r script; do
    (cd "$(dirname "$script")" && timeout 20 "$GEN" "$(basename "$script")" \
        </dev/null >/dev/null 2>&1) || true
done

"$(profdata)" merge -o "$PROF/merged.profdata" "$PROF/raw"
RUSTFLAGS="-Cprofile-use=$PROF/merged.profdata" \
    CARGO_TARGET_DIR="$TARGET/pgo-use" \
    cargo build --release --manifest-path "$ROOT/Cargo.toml" --bin refpy >&2
echo "$TARGET/pgo-use/release/refpy"
