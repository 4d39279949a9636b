# sys.getsizeof of everyday objects, and __sizeof__
import sys
import array

def f(): pass
class C:
    def m(self): pass
class S:
    __slots__ = ()
print("function:", sys.getsizeof(f), "class:", sys.getsizeof(C) > 0, "method:", sys.getsizeof(C().m))
print("instance:", sys.getsizeof(C()), "empty slots instance:", sys.getsizeof(S()))
print("range:", sys.getsizeof(range(10)), sys.getsizeof(range(10**20)))
print("slice:", sys.getsizeof(slice(1, 2)), "object:", sys.getsizeof(object()))
print("iterators:", sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter({})))
print("views:", sys.getsizeof({}.keys()), sys.getsizeof({}.items()))
print("generator:", sys.getsizeof(x for x in []))
def gen():
    a = 1
    yield a
print("generator fn:", sys.getsizeof(gen()))
print("bytes:", [sys.getsizeof(b"x" * n) for n in (0, 1, 10, 100)])
print("bytearray:", [sys.getsizeof(bytearray(n)) for n in (0, 1, 10, 100)])
print("frozenset:", [sys.getsizeof(frozenset(range(n))) for n in (0, 1, 5, 10, 50)])
print("set:", [sys.getsizeof(set(range(n))) for n in (0, 1, 5, 10, 50)])
print("dict:", [sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 10, 11, 50)])
print("dict str keys:", [sys.getsizeof(dict.fromkeys("abcdefghijk"[:n])) for n in (0, 1, 5, 6, 10, 11)])
print("list:", [sys.getsizeof(list(range(n))) for n in (0, 1, 5, 10, 50)])
print("list literal:", sys.getsizeof([1, 2, 3]), sys.getsizeof([]), sys.getsizeof([None] * 7))
print("array:", [sys.getsizeof(array.array(t, [0] * 4)) for t in "bhilqfd"])
print("memoryview:", sys.getsizeof(memoryview(b"abc")))
print("complex:", sys.getsizeof(3 + 4j), "big int:", sys.getsizeof(10 ** 100))
print("str methods:", sys.getsizeof("abc".upper()), sys.getsizeof("é" * 10), sys.getsizeof(" ".join(["a"] * 5)))

class Big:
    def __sizeof__(self):
        return 1000
print("custom __sizeof__:", sys.getsizeof(Big()))
class Neg:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print("ValueError:", e)
print("default arg:", sys.getsizeof(Neg(), 7) if False else "skip")
class Weird:
    def __sizeof__(self):
        return "x"
try:
    sys.getsizeof(Weird())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1, "default"), [].__sizeof__(), ().__sizeof__(), "".__sizeof__())

def deep_size(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(i, seen) for i in obj)
    return size
record = {"id": 12345, "name": "widget", "tags": ["a", "b", "c"], "dims": (1.5, 2.5)}
print("deep size:", deep_size(record))
