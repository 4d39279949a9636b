# array.array memory: sys.getsizeof follows CPython's allocation (exact for new arrays,
# array_resize's over-allocation when growing, its 16-item slack when shrinking) for
# every typecode and every way of growing or shrinking; GC tracking and refcounts.
import array
import gc
import random
import sys

A = array.array
r = random.Random(7)
for tc in 'bBuhHiIlLqQfd':
    item = 'x' if tc == 'u' else (1.5 if tc in 'fd' else 1)
    a = A(tc)
    sizes = [sys.getsizeof(a)]
    for i in range(40):
        a.append(item)
        sizes.append(sys.getsizeof(a))
    while a:
        a.pop()
        sizes.append(sys.getsizeof(a))
    print(tc, sizes)
    print(tc, [sys.getsizeof(A(tc, [item] * n)) for n in range(0, 20, 3)],
          [sys.getsizeof(A(tc, iter([item] * n))) for n in range(0, 20, 3)],
          [sys.getsizeof(A(tc, bytes(A(tc).itemsize * n))) for n in range(0, 20, 3)])

for tc in 'bHid':
    item = 1.5 if tc == 'd' else 1
    a = A(tc)
    trace = []
    for step in range(300):
        k = r.randrange(15)
        n = len(a)
        if k == 0:
            a.append(item)
        elif k == 1 and n:
            a.pop(r.randrange(-n, n))
        elif k == 2:
            a.extend([item] * r.randrange(0, 30))
        elif k == 3:
            a.extend(A(tc, [item] * r.randrange(0, 30)))
        elif k == 4:
            a.insert(r.randrange(-5, n + 5), item)
        elif k == 5 and n:
            del a[r.randrange(n):r.randrange(n + 1)]
        elif k == 6:
            a[r.randrange(n + 1):r.randrange(n + 1)] = A(tc, [item] * r.randrange(0, 40))
        elif k == 7 and n:
            del a[::r.choice([2, 3, -2, -1, 5])]
        elif k == 8:
            a *= r.randrange(0, 3)
        elif k == 9:
            a += A(tc, [item] * r.randrange(0, 20))
        elif k == 10:
            a.frombytes(bytes(a.itemsize * r.randrange(0, 20)))
        elif k == 11:
            a.fromlist([item] * r.randrange(0, 20))
        elif k == 12 and n:
            a.remove(a[r.randrange(n)])
        elif k == 13:
            trace.append(('copy', sys.getsizeof(a[r.randrange(n + 1):]),
                          sys.getsizeof(a * r.randrange(3)), sys.getsizeof(a + a)))
        elif k == 14 and n > 40:
            del a[:r.randrange(n)]
        trace.append((k, len(a), sys.getsizeof(a)))
    print(tc, trace)

a = A('i', [1, 2, 3])
try:
    a.fromlist([1, 2, 'x'])
except TypeError as e:
    print(e, a, sys.getsizeof(a))
print(gc.is_tracked(a), gc.is_tracked(A('d')), sys.getrefcount(a), a.__sizeof__())
it = iter(a)
print(sys.getsizeof(it), sys.getrefcount(a))
del it
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
x = a[0]
print(sys.getrefcount(a))
