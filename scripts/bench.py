#!/usr/bin/env python3
"""Benchmarks: refpy vs CPython, side by side.

usage: python3 scripts/bench.py [-n RUNS] [--refpy PATH] [--python PATH]
                                [--labels BASE,NEW] [--markdown] [NAME...]

Runs every scripts/bench/*.py (or only the NAMEs given) under `python3` and
refpy (default target/release/refpy; scripts/bench.sh builds it first),
interleaved -- python3, refpy, python3, refpy, ... -- so that machine load
hits both alike, RUNS times each (default 5), with cwd = scripts/bench, stdin
empty and PYTHONHASHSEED=0. It prints the median wall time and the peak RSS of
each, the ratios refpy/python3, and last the geometric means of the ratios.
`!` flags a time ratio above 1.5 or an RSS ratio above 1.2 (issue 9's
limits). A refpy run that fails, times out (120 s) or prints other than
python3 is reported instead of timed.

`--python` and `--labels` put another interpreter in python3's place (as
scripts/bench_hooks.sh does: refpy built without its tracing hooks).

Peak RSS is the child's ru_maxrss as wait4 reports it. Linux counts in it
the memory the child had before exec, a copy of its parent, so a child of
this script (~14 MiB) could never show less, while python3 alone takes
13 MiB; when GNU time is installed, it (a ~2 MiB process doing the same
wait4) sits in between and reports the figure.
"""
import argparse
import math
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(HERE, "bench")
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
ENV = dict(os.environ, PYTHONHASHSEED="0")
TIMEOUT = 120
TIME_LIMIT, RSS_LIMIT = 1.5, 1.2


def run_once(cmd):
    """Runs cmd once: (seconds, peak RSS in KiB, stdout) or raises RuntimeError."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        if GNU_TIME:
            cmd = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + cmd
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=BENCH, env=ENV, stdin=subprocess.DEVNULL, stdout=out,
                             stderr=err, start_new_session=True)
        timer = threading.Timer(TIMEOUT, os.killpg, (p.pid, signal.SIGKILL))
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - t0
        timer.cancel()
        p.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            if elapsed >= TIMEOUT:
                raise RuntimeError("timeout")
            err.seek(0)
            lines = err.read().decode("utf-8", "replace").splitlines()
            why = [l.strip() for l in lines if l.strip()][-1:] or rss_file.readlines()[:1]
            raise RuntimeError("exit %d: %s" % (code, why[0].strip()[:70] if why else ""))
        out.seek(0)
        rss = int(rss_file.read().split()[-1]) if GNU_TIME else usage.ru_maxrss
        return elapsed, rss, out.read()


def measure(interpreters, script, runs):
    """Runs script under each (name, command) of interpreters in turn, runs
    times; returns per interpreter (median seconds, median peak RSS in MiB),
    or a string saying which one failed or printed other than the first."""
    times = [[] for _ in interpreters]
    rss = [[] for _ in interpreters]
    expected = None
    for _ in range(runs):
        for i, (name, cmd) in enumerate(interpreters):
            try:
                t, kib, out = run_once(cmd + [script])
            except RuntimeError as e:
                return "%s: %s" % (name, e)
            if expected is None:
                expected = out
            elif out != expected:
                return "%s: output differs from %s" % (name, interpreters[0][0])
            times[i].append(t)
            rss[i].append(kib / 1024)
    return [(statistics.median(t), statistics.median(r)) for t, r in zip(times, rss)]


def machine(python):
    """One line naming what was measured on, for the table's caption."""
    version = subprocess.run([python, "--version"], capture_output=True, text=True).stdout
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return "%s; %s, %d cores" % (version.strip(), cpu, os.cpu_count())


def flags(time_ratio, rss_ratio):
    found = ["time > %s×" % TIME_LIMIT] if time_ratio > TIME_LIMIT else []
    found += ["RSS > %s×" % RSS_LIMIT] if rss_ratio > RSS_LIMIT else []
    return "! " + ", ".join(found) if found else ""


def geomean(xs):
    return math.exp(sum(map(math.log, xs)) / len(xs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--refpy", default=os.path.join(ROOT, "target", "release", "refpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--labels", default="python3,refpy",
                    help="names of the baseline and the measured interpreter")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    a = ap.parse_args()
    names = [n.removesuffix(".py") for n in a.names] or \
        sorted(f[:-3] for f in os.listdir(BENCH) if f.endswith(".py"))
    refpy = os.path.abspath(a.refpy) if os.sep in a.refpy else a.refpy
    python = os.path.abspath(a.python) if os.sep in a.python else a.python
    base, new = a.labels.split(",")

    print("Median of %d interleaved runs; %s.%s" % (a.runs, machine(a.python), "\n" if a.markdown else ""))
    header = ["benchmark", base + " s", new + " s", "time ×", base + " MiB", new + " MiB",
              "RSS ×", "flag"]
    if a.markdown:
        fmt = lambda cells: "| " + " | ".join(cells) + " |"
        print(fmt(header) + "\n" + fmt(["---"] * len(header)))
    else:
        fmt = lambda cells: "%-15s %9s %9s %7s %11s %9s %6s  %s" % tuple(cells)
        print(fmt(header))
    time_ratios, rss_ratios, flagged = [], [], 0
    for name in names:
        result = measure([(base, [python]), (new, [refpy])], name + ".py", a.runs)
        if isinstance(result, str):
            print(fmt([name, "", "", "", "", "", "", result]))
        else:
            (py_t, py_m), (rp_t, rp_m) = result
            time_ratios.append(rp_t / py_t)
            rss_ratios.append(rp_m / py_m)
            flag = flags(time_ratios[-1], rss_ratios[-1])
            flagged += bool(flag)
            print(fmt([name, "%.3f" % py_t, "%.3f" % rp_t, "%.2f" % time_ratios[-1],
                       "%.1f" % py_m, "%.1f" % rp_m, "%.2f" % rss_ratios[-1], flag]))
        sys.stdout.flush()
    if time_ratios:
        print("%sGeometric mean of %s/%s: time %.2f×, RSS %.2f× (%d of %d programs "
              "ran; %d flagged)." % ("\n" if a.markdown else "", new, base, geomean(time_ratios),
                                     geomean(rss_ratios), len(time_ratios), len(names), flagged))


if __name__ == "__main__":
    main()
