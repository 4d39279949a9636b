# Sets changed in place (|= -= ^= &=) and copied (set(s), s | t, s - t) get the tables
# CPython builds (set_merge presizing, dummies resized away, the smaller set walked).
import sys
class D:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, D) and o.n == self.n
    def __del__(self): print("del", self.n)
for n in (1, 4, 5, 8, 19, 40):
    s = set(range(n)); c = set(s); f = frozenset(s)
    g = set()
    for i in range(n): g |= {i}
    h = set(range(2 * n)); h -= set(range(0, 2 * n, 2))
    x = set(range(n)); x ^= set(range(n // 2, n + 3))
    y = set(range(3 * n)); y &= set(range(n))
    print(n, sys.getsizeof(s), sys.getsizeof(c), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h), sys.getsizeof(x), sys.getsizeof(y), sys.getsizeof(s | {99}), sys.getsizeof(s - {1}))
    print(sorted(h) == list(range(1, 2 * n, 2)), list(x)[:6], list(h)[:6], list(set(h))[:6])
s = {-1, 16, -2, 24, 8, 100, 2**40, -7}
print(list(set(s)), list(s | {3}), list(frozenset(s)))
s = {D(i) for i in range(6)}
s -= {D(2), D(4)}
print("after -=")
s ^= {D(1), D(9)}
print("after ^=")
s &= {D(0), D(3)}
print("after &=")
s = set()
print("end")
