from collections.abc import MutableMapping, Sequence, Iterator, Hashable, Sized, Callable, Iterable, Set
class LowerDict(MutableMapping):
    def __init__(self, *a, **k):
        self._d = {}
        self.update(*a, **k)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"LowerDict({self._d})"
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], "b" in d, d.get("Z", 0), list(d.items()), d.pop("c"), len(d))
d.setdefault("D", 4)
print(dict(d), d == {"a": 1, "b": 2, "d": 4})
class Range3(Sequence):
    def __getitem__(self, i):
        if i >= 3 or i < -3: raise IndexError(i)
        return (i % 3) * 10
    def __len__(self): return 3
r = Range3()
print(list(r), r.index(20), r.count(0), 10 in r, list(reversed(r)))
class Fib(Iterator):
    def __init__(self): self.a, self.b = 0, 1
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        if v > 50: raise StopIteration
        return v
print(list(Fib()), iter(Fib()).__class__.__name__)
print(isinstance([], Hashable), isinstance((), Hashable), isinstance("", Sized), isinstance(len, Callable), isinstance(3, Iterable))
class S(Set):
    def __init__(self, it): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def __repr__(self): return f"S({self._s})"
print(S([1, 2, 3]) & S([2, 3, 4]), S([1]) | S([2]), S([1, 2]) <= S([1, 2, 3]), S([1, 2]) == S([2, 1]))
try:
    class Bad(Sequence): pass
    Bad()
except TypeError as e:
    print(e)
