#!/usr/bin/env python3
"""How much of each stdlib module written in Python (src/modules/py) is CPython's Lib/.

refpy's standard library is our own code: we read CPython's documentation and reproduce
its behaviour, we do not copy its Lib/. This measures it. For each module registered in
src/modules/frozen.rs, it takes the lines of more than 25 characters (blank lines, short
lines like `return x` or `else:` say nothing) and counts how many occur verbatim, after
stripping indentation, anywhere in the CPython 3.11 module of the same name, found with
python3's importlib. Identical error messages, signatures and constants are expected;
a whole module at CPython's structure and names is not.

    python3 scripts/lib_overlap.py                  # every module, worst first
    python3 scripts/lib_overlap.py zipfile tarfile  # some modules
    python3 scripts/lib_overlap.py --max 35         # exit 1 if a module is above 35 %
    python3 scripts/lib_overlap.py --show zipfile   # print its identical lines
"""
import argparse
import importlib.util
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FROZEN = os.path.join(ROOT, "src", "modules", "frozen.rs")
MIN_LEN = 25


def registered():
    """{module name: path of our source} from frozen.rs."""
    text = open(FROZEN, encoding="utf-8").read()
    found = {}
    for m in re.finditer(r'py\(\s*"([^"]+)",\s*include_str!\("([^"]+)"\)', text):
        found[m.group(1)] = m.group(2)
    for m in re.finditer(r'name:\s*"([^"]+)",\s*source:\s*include_str!\("([^"]+)"\)', text):
        found[m.group(1)] = m.group(2)
    base = os.path.dirname(FROZEN)
    return {name: os.path.join(base, rel) for name, rel in found.items()}


def cpython_source(name):
    """The file of CPython's pure-Python module `name`, or None (a C module, or none)."""
    # Our folder must not shadow the stdlib while we look.
    sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.join(ROOT, "src", "modules", "py")]
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    origin = spec and spec.origin
    return origin if origin and origin.endswith(".py") else None


def substantive(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if len(line.strip()) > MIN_LEN]


def overlap(ours, theirs):
    theirs_lines = set(substantive(theirs))
    lines = substantive(ours)
    same = [line for line in lines if line in theirs_lines]
    return lines, same


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", help="module names (default: all registered)")
    ap.add_argument("--max", type=float, help="fail when a module's share is above this percent")
    ap.add_argument("--show", action="store_true", help="print the identical lines")
    args = ap.parse_args()
    mods = registered()
    names = args.modules or sorted(mods)
    rows = []
    for name in names:
        if name not in mods:
            print(f"{name}: not registered in frozen.rs", file=sys.stderr)
            return 2
        theirs = cpython_source(name)
        if theirs is None:
            continue
        lines, same = overlap(mods[name], theirs)
        share = 100.0 * len(same) / max(1, len(lines))
        rows.append((share, name, len(lines), len(same), same))
    rows.sort(reverse=True)
    print(f"{'module':32} {'lines':>6} {'same':>6} {'share':>6}")
    for share, name, n, s, same in rows:
        flag = "  <-- over" if args.max is not None and share > args.max else ""
        print(f"{name:32} {n:6} {s:6} {share:5.0f}%{flag}")
        if args.show:
            for line in same:
                print("    " + line)
    if args.max is not None and any(r[0] > args.max for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
