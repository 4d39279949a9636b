#!/usr/bin/env bash
# python3_as_refpy.sh — stand-in for the refpy binary, for testing the golden
# harness itself while the interpreter is being written:
#   REFPY_BIN=scripts/python3_as_refpy.sh cargo test --release --test golden -- --include-ignored
# Runs python3 with the same arguments minus refpy's `-X leakcheck`, then
# appends the leak-check line refpy prints at exit (always 0 here).
# PYTHON overrides the python3 command (e.g. a venv with psutil and
# memory_profiler for the shared seeds).
args=()
while [ $# -gt 0 ]; do
    if [ "$1" = "-X" ] && [ "${2:-}" = "leakcheck" ]; then
        shift 2
        continue
    fi
    args+=("$1")
    shift
done
"${PYTHON:-python3}" "${args[@]}"
rc=$?
echo "refpy: leakcheck: 0 objects alive" >&2
exit $rc
