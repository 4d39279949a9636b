#!/usr/bin/env python3
"""Instructions per operation, refpy against python3, one operation at a time.

Each case is one statement run 200,000 times in a function's loop; valgrind's cachegrind
counts the instructions of the whole run, an empty script's count is subtracted, and the
rest divided by the iterations gives the cost of one loop iteration (the loop's own
FOR_ITER/STORE_FAST/JUMP included: see the `empty` case). Counts are deterministic, unlike
timings on a shared machine, so a change to one operation shows as a change of its row.

    python3 scripts/microbench.py                 # every case
    python3 scripts/microbench.py attr call0      # some
    python3 scripts/microbench.py --refpy BIN     # another build

Needs valgrind. Python 3.11's `python3` runs under --trace-children (it may be a wrapper).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

N = 200_000

CASES = {
    "empty": "pass",
    "addlocal": "s = s + i",
    "cmp": "s = i < 5",
    "ifelse": "if i < 0: s = 1",
    "global": "s = G",
    "builtin": "s = len(L)",
    "attr": "s = o.x",
    "attr3": "s = o.x; t = o.y; u = o.z",
    "setattr": "o.x = i",
    "method": "o.m()",
    "call0": "g()",
    "call2": "h(i, s)",
    "new": "C()",
    "newinit": "D(i)",
    "listidx": "s = L[3]",
    "dictget": "s = dd['k']",
    "floatmul": "s = fl * 1.5",
    "floatadd": "s = fl + fl",
    "floatpow": "s = fl ** -1.5",
    "floatneg": "s = -fl",
    "floatlt": "s = fl < fl",
    "floatif": "if fl < 0.5: s = 1",
    "intand": "s = i & 0xff",
    "intshr": "s = i >> 3",
    "intmod": "s = i % 7",
    "inteq": "s = i == i",
    "intneg": "s = -i",
    "notint": "s = not i",
    "tuple": "s = (i, i)",
    "unpack": "a, b = t2",
    "str_concat": "s = 'a' + 'b'",
    "liststore": "L[3] = i",
    "forlist": "for x in L: pass",
    "setin": "s = i in St",
    "dictset": "d[i & 7] = i",
    "unpack3": "a, b, c = L3",
    "sorted10": "s = sorted(L10)",
    "sortkey": "L10.sort(key=kf)",
    "tupleidx": "s = t2[1]",
    "dictin": "s = 'k' in dd",
    "callkw": "h(a=i, b=s)",
    "calldef": "k(i)",
    "closure": "cl()",
    "isinst": "s = isinstance(o, O)",
    "appendpop": "L.append(i); L.pop()",
    "strint": "s = str(i)",
    "min2": "s = min(i, 3)",
    "dictgetm": "s = dd.get('k')",
    "slotload": "s = so.a",
    "slotstore": "so.a = i",
    "slotnew": "s = S()",
    "slot5load": "s = s5.e",
    "slot5store": "s5.e = i",
    "classattr": "s = po.k",
    "property": "s = po.p",
    "pct2": "s = '%s %d' % (w, i)",
    "pctf": "s = '%.2f' % fl",
    "fstr": "s = f'{i:05d} {w}'",
    "fstrf": "s = f'{fl:.2f}'",
    "strfmt": "s = '{}:{:>6}'.format(w, i)",
    "join": "s = ''.join(LS)",
    "replace": "s = w.replace('a', 'AA')",
    "replace0": "s = w.replace('&', '&amp;')",
    "strstr": "s = str(w)",
    "upper": "s = w.upper()",
    "startsw": "s = w.startswith('al')",
    "strinlist": "s = 'gh' in LS",
    "bytesidx": "s = by[3]",
    "baxor": "ba[3] ^= 5",
    "setaddrm": "St2.add(i); St2.remove(i)",
    "setsub": "s = St - {3}",
    "setcomp": "s = {x for x in L}",
    "wref": "s = weakref.ref(o)",
    "wvdget": "s = wd.get(1)",
    "wvdset": "wd[1] = o",
    "zip2": "s = zip(L, L)",
    "bytesl": "s = bytes(L)",
    "setl": "s = set(L)",
    "enum": "s = enumerate(L)",
    "nextgen": "s = next(gi)",
    "sendgen": "s = gi.send(i)",
    "forgen": "for x in g3(): pass",
    "yieldfrom": "s = next(yf)",
    "await": "s = cr.send(None)",
    "genexp0": "s = sum(x for x in ())",
    "revslice": "s = L[::-1]",
    "copyslice": "s = L[:]",
    "abs": "s = abs(i)",
    "sorted3": "s = sorted(L3)",
}

# Setup a case needs beyond the shared one (kept out of the others: the first
# WeakValueDictionary imports collections.abc, ~100M instructions in refpy).
SETUP = {
    "wvdget": "wd = weakref.WeakValueDictionary(); wd[1] = o",
    "wvdset": "wd = weakref.WeakValueDictionary(); wd[1] = o",
}

PROGRAM = """
import weakref
class C:
    pass
class D:
    def __init__(self, v):
        self.v = v
class O:
    def __init__(self):
        self.x = 1; self.y = 2; self.z = 3
    def m(self):
        pass
def g():
    pass
def h(a, b):
    return a
def k(a, b=1):
    return a
def mkcl():
    x = 1
    def c():
        return x
    return c
cl = mkcl()
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1; self.b = 2
class S5:
    __slots__ = ('a', 'b', 'c', 'd', 'e')
    def __init__(self):
        self.e = 5
class P:
    k = 7
    def __init__(self):
        self.x = 1
    @property
    def p(self):
        return self.x
def ginf():
    while True:
        yield 1
def g3():
    yield 1; yield 2; yield 3
def yfd():
    yield from ginf()
class Yld:
    def __await__(self):
        yield
async def triv():
    return 1
async def cloop():
    while True:
        await triv()
        await Yld()
G = 5
def run():
    o = O(); L = [1, 2, 3, 4, 5]; dd = {{'k': 1}}; fl = 2.0; t2 = (1, 2); s = 0
    so = S(); po = P(); s5 = S5()
    w = 'alpha'; LS = ['ab', 'cd', 'ef', 'gh']; by = b'abcdefgh'; ba = bytearray(by); St2 = set()
    {setup}
    gi = ginf(); next(gi); yf = yfd(); cr = cloop()
    St = {{1, 2, 3}}; d = {{}}; L3 = [1, 2, 3]; L10 = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]; kf = abs
    for i in range({n}):
        {body}
run()
"""


def instructions(cmd, script):
    """Total instructions of `cmd script` and its children."""
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
         "--cachegrind-out-file=/dev/null", *cmd, script],
        capture_output=True, text=True, check=False,
    )
    counts = re.findall(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if not counts:
        sys.exit(f"no count from valgrind for {cmd} {script}:\n{out.stderr[-2000:]}")
    return sum(int(c.replace(",", "")) for c in counts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--refpy", default=os.path.join(root, "target", "release", "refpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("cases", nargs="*", help=f"cases to run (default: all of {', '.join(CASES)})")
    args = ap.parse_args()
    unknown = [c for c in args.cases if c not in CASES]
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(unknown)}")
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.py")
        with open(base, "w") as f:
            f.write("pass\n")
        base_refpy = instructions([args.refpy], base)
        base_python = instructions([args.python], base)
        print(f"{'case':12} {'refpy':>9} {'python3':>9} {'ratio':>6}   per iteration")
        for name in args.cases or CASES:
            path = os.path.join(tmp, f"{name}.py")
            with open(path, "w") as f:
                f.write(PROGRAM.format(n=N, body=CASES[name], setup=SETUP.get(name, "pass")))
            r = (instructions([args.refpy], path) - base_refpy) / N
            p = (instructions([args.python], path) - base_python) / N
            print(f"{name:12} {r:9.1f} {p:9.1f} {r / p:6.2f}   {CASES[name]}")


if __name__ == "__main__":
    main()
