# Dict tables across the index widths (byte slots up to 128, wider beyond): growth,
# deletes leaving holes, re-inserts, popitem and copies keep CPython's order and sizes.
import sys

d = {}
for n in range(300):
    d["k%d" % n] = n
    if n in (4, 5, 10, 84, 85, 86, 170, 171, 299):
        print(n, len(d), sys.getsizeof(d))
for n in range(0, 300, 3):
    del d["k%d" % n]
print(len(d), sys.getsizeof(d), list(d)[:5], list(d)[-3:])
for n in range(0, 300, 3):
    d["k%d" % n] = -n
print(len(d), sys.getsizeof(d), list(d)[:5], list(d)[-3:])
print(d.popitem(), d.popitem(), len(d), sys.getsizeof(d))
c = d.copy()
print(sys.getsizeof(c), list(c) == list(d), c["k3"], c["k4"])

# Non-str keys: a general table at every width.
g = {}
for n in range(200):
    g[n * 7919 % 1000] = n
    if n in (5, 6, 85, 86):
        print("g", n, len(g), sys.getsizeof(g))
for n in range(0, 1000, 2):
    g.pop(n, None)
print(len(g), sys.getsizeof(g), sorted(g)[:4], list(g)[:4])

# Small tables whose holes fill the byte slots: insert/delete churn.
s = {}
for n in range(1000):
    s[n % 5] = n
    if n % 3 == 0:
        del s[n % 5]
print(s, sys.getsizeof(s))

# Instance attributes: split tables, then combined past the shared keys.
class C:
    pass

objs = [C() for _ in range(3)]
for i, o in enumerate(objs):
    for a in range(i * 20 + 2):
        setattr(o, "a%d" % a, a)
print([len(vars(o)) for o in objs], [list(vars(o))[-1] for o in objs])
del objs[1].a0
print(list(vars(objs[1]))[:3], getattr(objs[2], "a41"))
