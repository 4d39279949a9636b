"""Differential test of `re`: random patterns x random strings, run under python3 and
refpy, outputs compared line by line.

    python3 scripts/re_difftest.py [--refpy PATH] [--seed N] [--count N]

Without --refpy the script is the worker: it prints one line per (pattern, string)
with what search, match, fullmatch, findall, sub and split give (or the error). With
--refpy it runs itself as the worker under both interpreters and prints the first
differences. Its own generator (an LCG) keeps both runs on the same cases.
"""

import sys

ATOMS = [
    "a", "b", "c", "ab", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]", "[a-c]",
    "[\\w-]", "\\b", "\\B", "^", "$", "\\A", "\\Z", "x", "A", "\\.", "[.]",
    " ", "\\n", "[A-Z]", "é", "É", "ſ", "K", "[^\\d]", "a", "b", "ab",
]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "{2,}?",
          "*+", "++", "?+", "{1,3}+"]
WRAPS = ["(%s)", "(?:%s)", "(?=%s)", "(?!%s)", "(?<=%s)", "(?<!%s)",
         "(?>%s)", "(?i:%s)", "%s|%s", "(%s|%s)", "(?(1)%s|%s)", "(?m:%s)", "(?s:%s)"]
ANCHORS = ("^", "$", "\\b", "\\B", "\\A", "\\Z")
FLAGS = ["", "(?i)", "(?m)", "(?s)", "(?x)", "(?a)", "(?im)"]
CHARS = "aabbc AxK\né1_.-ſ"


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def pick(self, items):
        return items[self.next(len(items))]


def pattern(rng, depth=0):
    parts = []
    for _ in range(1 + rng.next(3)):
        if depth < 2 and rng.next(3) == 0:
            wrap = rng.pick(WRAPS)
            if wrap.startswith("(?<"):
                # A look-behind of fixed width, so the pattern compiles.
                parts.append(wrap % "".join(rng.pick(ATOMS[:14]) for _ in range(1 + rng.next(2))))
                continue
            inner = pattern(rng, depth + 1)
            if rng.next(4) == 0:
                # A named group and a reference to it; the name is unique in the pattern.
                name = "g%d" % rng.next(1000000)
                parts.append("(?P<%s>%s)(?P=%s)" % (name, inner, name) + rng.pick(QUANTS))
                continue
            item = wrap % ((inner, pattern(rng, depth + 1)) if wrap.count("%s") == 2 else inner)
        else:
            item = rng.pick(ATOMS)
            if item in ANCHORS:
                parts.append(item)
                continue
        parts.append(item + rng.pick(QUANTS))
    return "".join(parts)


def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r" % (m.span(), m.groups(), m.lastindex, m.lastgroup)


def worker(seed, count):
    import re
    rng = Lcg(seed)
    for i in range(count):
        p = rng.pick(FLAGS) + pattern(rng)
        as_bytes = i % 4 == 3 and all(ord(ch) < 256 for ch in p)
        if as_bytes:
            p = p.encode("latin-1")
        try:
            c = re.compile(p)
        except Exception as e:
            print(i, repr(p), "ERR", type(e).__name__, e)
            continue
        for _ in range(4):
            s = "".join(rng.pick(CHARS) for _ in range(rng.next(8)))
            if as_bytes:
                s = s.encode("latin-1", "replace")
            out = [repr(p), repr(s)]
            for f in (c.search, c.match, c.fullmatch):
                out.append(show(f(s)))
            try:
                out.append(repr(c.findall(s)))
                out.append(repr(c.sub(b"<\\g<0>>" if as_bytes else "<\\g<0>>", s)))
                out.append(repr([m.span(c.groups) for m in c.finditer(s)]))
                out.append(repr(c.split(s)))
            except Exception as e:
                out.append("ERR %s %s" % (type(e).__name__, e))
            print(i, " ".join(out))


def main():
    args = sys.argv[1:]
    opts = dict(zip(args[::2], args[1::2]))
    seed = int(opts.get("--seed", "1"))
    count = int(opts.get("--count", "2000"))
    if "--refpy" not in opts:
        worker(seed, count)
        return
    import subprocess

    cmd = [__file__, "--seed", str(seed), "--count", str(count)]
    want = subprocess.run([sys.executable] + cmd, capture_output=True, text=True).stdout
    got = subprocess.run([opts["--refpy"]] + cmd, capture_output=True, text=True)
    w, g = want.splitlines(), got.stdout.splitlines()
    bad = 0
    for a, b in zip(w, g):
        if a != b:
            bad += 1
            if bad <= 15:
                print("python3:", a)
                print("refpy:  ", b)
                print()
    if len(w) != len(g):
        print("line counts differ: %d vs %d" % (len(w), len(g)))
        print(got.stderr[-2000:])
    print("%d of %d lines differ" % (bad, len(w)))


if __name__ == "__main__":
    main()
