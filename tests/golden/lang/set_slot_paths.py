# Set tables slot for slot: keys hashing to 0 beside empty slots, dummies reused by
# later adds, the native comparison retried with Python __eq__ (which may raise),
# refcounts of added, duplicate and removed keys, and iteration/pop order.
import sys


class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % self.v


s = {0, 0.0, False, 8, 16, -1, -2}
print(sorted(s, key=repr), len(s), 0 in s, -1 in s, -2 in s)
s = set(range(0, 64, 8))
for x in range(0, 64, 16):
    s.discard(x)
print(list(s))
for x in (0, 32, 100, 1):
    s.add(x)
print(list(s), len(s))
while s:
    print(s.pop(), end=" ")
print()

t = {K(1, 5), K(2, 5), K(3, 5)}
print(K(2, 5) in t, K(4, 5) in t, len(t))
t.add(K(2, 5))
t.add(K(4, 5))
t.remove(K(1, 5))
print(sorted(k.v for k in t), K(1, 5) in t)


class Boom(K):
    __hash__ = K.__hash__

    def __eq__(self, other):
        raise RuntimeError("eq %r" % self.v)


b = {Boom(1, 3)}
for op in (lambda: b.add(Boom(2, 3)), lambda: Boom(3, 3) in b, lambda: b.remove(Boom(4, 3))):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError", e)
print(len(b))

key = "k" + str(12345)
before = sys.getrefcount(key)
u = set()
u.add(key)
u.add("k12345")
print(sys.getrefcount(key) - before)
u.discard(key)
print(sys.getrefcount(key) - before)
big = set(range(1000))
for i in range(0, 1000, 3):
    big.remove(i)
big |= {5000, 5001}
print(len(big), sum(big), sys.getsizeof(big) > 0, min(big), max(big))
print({frozenset({1, 2}), frozenset({2, 1})}, {1, 2} in {frozenset({1, 2})})
