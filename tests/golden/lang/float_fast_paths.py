# Float arithmetic and comparisons on the fast paths (exact floats, float with int),
# their edge cases, and the reuse of dead floats and ints (CPython's float free list).
import sys, gc, tracemalloc
x = 1.5
y = x * 2
print(y, sys.getrefcount(y), gc.is_tracked(y))
a = 10**6
b = a + 1
print(b, sys.getrefcount(b))
ids = set()
for i in range(1000):
    z = i * 1.25
    ids.add(id(z))
print(len(ids) < 10)
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
vals = [i * 0.5 for i in range(1000)]
s2 = tracemalloc.take_snapshot()
print(len(vals))
del vals
import weakref
try:
    weakref.ref(1.5)
except TypeError as e:
    print(e)
class F(float): pass
f = F(2.5)
g = f + 1
print(type(g), g)
print(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1 / 3, 2 ** 0.5)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), (2 ** 53 + 1) > float(2 ** 53))
print(float('nan') == float('nan'), float('nan') != float('nan'), float('nan') < 1)
print(-0.0 + 0, 0 * -1.0, 5 / 2.0, 7.5 / 2, 3 - 0.5, 3 * 0.1)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(True + 0.5, 0.5 * True)
h = 0.75
x = h * 2
i = id(x)
del x
y = h * 4
print(id(y) == i, y)
n = 10 ** 7
m = n + 1
j = id(m)
del m
k = n + 2
print(id(k) == j, k)
