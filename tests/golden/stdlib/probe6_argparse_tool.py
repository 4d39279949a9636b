import argparse
import sys
import io
import contextlib

def build():
    p = argparse.ArgumentParser(prog="backup", description="Back up files to a target directory.",
                                epilog="Example: backup -v src dst")
    p.add_argument("source", help="directory to back up")
    p.add_argument("target", nargs="?", default="out", help="where to write (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--level", type=int, choices=range(1, 4), default=2, metavar="N")
    p.add_argument("--exclude", action="append", default=[], help="pattern to skip")
    p.add_argument("--mode", choices=["full", "incr"], default="full")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--version", action="version", version="%(prog)s 1.0")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--zip", action="store_true")
    g.add_argument("--tar", action="store_true")
    return p

p = build()
print(p.parse_args(["src"]))
print(p.parse_args(["-vv", "src", "dst", "--exclude", "*.tmp", "--exclude=*.log", "--level", "3", "--dry-run"]))
ns, rest = p.parse_known_args(["src", "--unknown", "x"])
print(ns.source, rest)
p.print_help()
print(p.format_usage())
for argv in [[], ["s", "--level", "9"], ["s", "--mode", "x"], ["s", "--zip", "--tar"], ["s", "--level", "abc"], ["a", "b", "c"], ["s", "--verbos"], ["--version"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, repr(err.getvalue()))
