#!/usr/bin/env python3
"""Benchmarks: refpy vs CPython, side by side.

usage: python3 scripts/bench.py [-n RUNS] [--refpy PATH] [NAME...]

Runs every scripts/bench/*.py (or the NAMEs given) under `python3` and under
refpy (default target/release/refpy; build it first with
`cargo build --release`, or use scripts/bench.sh which does), each RUNS times
(default 3), cwd = scripts/bench, stdin empty, PYTHONHASHSEED=0, and prints
the best wall time of each plus the ratio refpy/python3. A refpy run that
fails, times out (120 s) or prints something other than CPython is reported
instead of timed.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(HERE, "bench")


def run(cmd, script, runs):
    best, out = None, None
    env = dict(os.environ, PYTHONHASHSEED="0")
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd + [script], cwd=BENCH, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return None, "timeout"
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            last = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
            return None, "exit %d: %s" % (p.returncode, last[-1][:60] if last else "")
        out = p.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=3)
    ap.add_argument("--refpy", default=os.path.join(ROOT, "target", "release", "refpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    names = a.names or sorted(f[:-3] for f in os.listdir(BENCH) if f.endswith(".py"))
    refpy = os.path.abspath(a.refpy) if os.sep in a.refpy else a.refpy
    print("%-14s %10s %10s %8s" % ("benchmark", "python3 s", "refpy s", "ratio"))
    for name in names:
        script = name if name.endswith(".py") else name + ".py"
        py_t, py_out = run([a.python], script, a.runs)
        rp_t, rp_out = run([refpy], script, a.runs)
        py_s = "%10.3f" % py_t if py_t is not None else "%10s" % "FAIL"
        if rp_t is None:
            rp_s, ratio = "%10s" % "FAIL", "  (%s)" % rp_out
        elif py_t is not None and rp_out != py_out:
            rp_s, ratio = "%10.3f" % rp_t, "  (output differs from python3)"
        else:
            rp_s = "%10.3f" % rp_t
            ratio = "%8.2f" % (rp_t / py_t) if py_t else "%8s" % "-"
        print("%-14s %s %s %s" % (name.removesuffix(".py"), py_s, rp_s, ratio))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
