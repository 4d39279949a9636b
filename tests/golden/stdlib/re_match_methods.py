# Pattern.match/search/fullmatch and Match.group/start/end/span: every kind of argument
# (the common case and its neighbours: keywords, positions, bytes-likes, str subclasses,
# group names, bools, bad groups), and what a match holds (refcounts, gc).
import gc
import re
import sys

p = re.compile(r"(\w+)@(\w+)(\.com)?")
s = "mail: joe@site and ann@host.com"

for name in ("match", "search", "fullmatch"):
    f = getattr(p, name)
    print(name, f(s), f(s, 6), f(s, 6, 14), f(s, pos=6), f(string=s, endpos=15, pos=6))
    print(name, f(s, -5, 999), f(s, 40), f(s, 14, 6), f(s, True))

m = p.search(s, 20)
print(m, m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string is s)
print(m.group(), m.group(0), m.group(1), m.group(3), m.group(1, 2, 3), m.group(True))
print(m.start(), m.end(), m.span(), m.start(3), m.end(2), m.span(True))
print(m[0], m[3], m.groups(), m.regs)
m2 = p.search(s)
print(m2.group(3), m2.start(3), m2.end(3), m2.span(3), m2.lastindex, m2.groups("-"))

for bad in (4, -1, "x", 1.0, None, 2**70):
    for meth in ("group", "start", "end", "span"):
        try:
            getattr(m, meth)(bad)
        except (IndexError, TypeError) as e:
            print(meth, repr(bad), type(e).__name__, e)
try:
    m.group(1, 9)
except IndexError as e:
    print("group(1, 9)", e)
try:
    m.start(0, 1)
except TypeError as e:
    print("start(0, 1)", type(e).__name__)

named = re.compile(r"(?P<user>\w+)@(?P<host>\w+)")
n = named.search(s)
print(n.group("user"), n.group("host", 1), n.start("host"), n.end("user"), n.span("host"))
try:
    n.group("nobody")
except IndexError as e:
    print("nobody:", e)


class S(str):
    pass


for subject in (S(s), "é joe@site ü"):
    m = p.search(subject)
    print(type(m.string).__name__, m.group(), type(m.group()).__name__, m.span())

bp = re.compile(rb"(\w+)@(\w+)")
for subject in (b"x joe@site", bytearray(b"x joe@site"), memoryview(b"x joe@site")):
    m = bp.search(subject)
    print(type(m.string).__name__, m.group(), m.group(1, 2), m.span(2), bp.match(subject))
for wrong, pat in (("text", bp), (b"bytes", p), (5, p)):
    for name in ("match", "search", "fullmatch"):
        try:
            getattr(pat, name)(wrong)
        except TypeError as e:
            print(name, type(e).__name__, e)
try:
    p.match()
except TypeError as e:
    print("no argument:", type(e).__name__)
try:
    p.match(s, "0")
except TypeError as e:
    print("str pos:", type(e).__name__)

# A match holds its pattern and string once each; groups are new strings.
t = "abc joe@site xyz"
before = sys.getrefcount(t), sys.getrefcount(p)
m = p.search(t)
print(sys.getrefcount(t) - before[0], sys.getrefcount(p) - before[1], gc.is_tracked(m))
g = m.group(1)
print(g, sys.getrefcount(g), m.group(1) is g)
del m
print(sys.getrefcount(t) - before[0], sys.getrefcount(p) - before[1])

# Unbound calls and methods looked up on the classes.
print(re.Pattern.search(p, s).group(2), re.Match.group(p.search(s), 1), re.Match.span(p.search(s)))
print([x.group(1) for x in p.finditer(s)], [x.span() for x in p.finditer(s, 10)])
print(p.sub(lambda x: x.group(2).upper(), s), p.subn(lambda x: None, s))
print(re.sub(r"o", lambda x: x.group() * 2, "foo boo"), re.search("a", "bab").start())

# The methods called unbound on objects of other types.
for call in (lambda: re.Pattern.match("x", "y"), lambda: re.Pattern.search(5, "y"),
             lambda: re.Match.group("x"), lambda: re.Match.end(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
