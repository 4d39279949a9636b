#!/usr/bin/env bash
# regen_goldens.sh — THE ONLY WAY expected files of refpy's own golden tests
# are made. Never hand-write or hand-edit a .out/.err file: change the .py and
# rerun this script.
#
# usage: scripts/regen_goldens.sh [DIR_OR_FILE...]   (default: tests/golden)
#
# For every NAME.py under the given folders of tests/golden/ (helper modules
# named mod_*.py are skipped) run CPython 3.11 as the conformance suite does:
# `python3 NAME.py` with cwd = the script's folder, stdin </dev/null,
# PYTHONHASHSEED=0, a 10 s limit. Then
#   NAME.out  <- stdout
#   NAME.err  <- last non-empty stderr line, only when the exit code is non-zero
#                (a stale NAME.err is removed when the script now exits 0)
# The absolute path of the script's folder followed by "/" is removed from
# both (the harness strips it anyway), so the files are machine-independent.
# Each script is run twice; differing results abort (a test must be
# deterministic). Refuses to run unless python3 is 3.11.x, and never writes
# outside tests/golden/ (in particular never into ../shared).
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
GOLDEN="$ROOT/tests/golden"
PY=${PYTHON:-python3}

ver=$("$PY" --version 2>&1 || true)
case "$ver" in
    "Python 3.11."*) ;;
    *) echo "regen_goldens.sh: need CPython 3.11.x as $PY, found: ${ver:-nothing}" >&2; exit 1 ;;
esac

[ $# -gt 0 ] || set -- "$GOLDEN"
scripts=()
for arg in "$@"; do
    p=$(realpath -e -- "$arg") || { echo "regen_goldens.sh: no such path: $arg" >&2; exit 1; }
    case "$p/" in
        "$GOLDEN"/*) ;;
        *) echo "regen_goldens.sh: refusing $arg: only paths under tests/golden/ are regenerated" >&2; exit 1 ;;
    esac
    while IFS= read -r -d '' f; do
        case "$(basename -- "$f")" in mod_*.py) continue ;; esac
        scripts+=("$f")
    done < <(find "$p" -name __pycache__ -prune -o -type f -name '*.py' -print0 | LC_ALL=C sort -z)
done
[ ${#scripts[@]} -gt 0 ] || { echo "regen_goldens.sh: no scripts found" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf -- "$TMP"' EXIT

run_once() { # script outfile errfile -> rc
    local f=$1 dir
    dir=$(dirname -- "$f")
    set +e
    (cd -- "$dir" && exec env PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
        timeout -k 2 10 "$PY" "$(basename -- "$f")") </dev/null >"$2" 2>"$3"
    local rc=$?
    set -e
    return $rc
}

strip_dir() { # dir < in > out : remove "DIR/" everywhere
    DIR="$1/" "$PY" -c 'import os,sys; d=os.environ["DIR"]; sys.stdout.write(sys.stdin.read().replace(d, ""))'
}

n=0; nerr=0
for f in "${scripts[@]}"; do
    dir=$(dirname -- "$f"); stem=${f%.py}
    rc1=0; run_once "$f" "$TMP/o1" "$TMP/e1" || rc1=$?
    rc2=0; run_once "$f" "$TMP/o2" "$TMP/e2" || rc2=$?
    rel=${f#"$ROOT"/}
    if [ $rc1 -eq 124 ] || [ $rc1 -eq 137 ]; then
        echo "regen_goldens.sh: $rel timed out under $PY" >&2; exit 1
    fi
    if [ $rc1 -ne $rc2 ] || ! cmp -s "$TMP/o1" "$TMP/o2"; then
        echo "regen_goldens.sh: $rel is not deterministic (exit $rc1 vs $rc2 or stdout differs)" >&2; exit 1
    fi
    strip_dir "$dir" <"$TMP/o1" >"$stem.out"
    if [ $rc1 -ne 0 ]; then
        { grep -v '^[[:space:]]*$' "$TMP/e1" || true; } | tail -n 1 | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' \
            | strip_dir "$dir" >"$stem.err"
        [ -s "$stem.err" ] || { echo "regen_goldens.sh: $rel exited $rc1 with empty stderr" >&2; exit 1; }
        nerr=$((nerr + 1))
        echo "  $rel: exit $rc1 -> $(cat "$stem.err")"
    else
        rm -f -- "$stem.err"
    fi
    n=$((n + 1))
done
echo "regenerated $n test(s) ($nerr with .err)"
