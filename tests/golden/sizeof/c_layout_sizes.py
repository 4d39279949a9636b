# Types CPython writes in C and refpy in Python: sizes, __basicsize__ and __sizeof__ are
# the C type's, for the type and for Python subclasses of it.
import sys, functools, itertools, operator, types, io

def f(a, b=2):
    return a

cases = {
    "partial": (functools.partial, lambda: functools.partial(f, 1)),
    "lru_cache_wrapper": (functools._lru_cache_wrapper, lambda: functools.lru_cache(f)),
    "count": (itertools.count, lambda: itertools.count(5)),
    "cycle": (itertools.cycle, lambda: itertools.cycle("ab")),
    "itemgetter": (operator.itemgetter, lambda: operator.itemgetter(1, 2)),
    "attrgetter": (operator.attrgetter, lambda: operator.attrgetter("x")),
    "methodcaller": (operator.methodcaller, lambda: operator.methodcaller("m", 1)),
    "SimpleNamespace": (types.SimpleNamespace, lambda: types.SimpleNamespace(a=1, b=2)),
    "StringIO": (io.StringIO, lambda: io.StringIO("text")),
    "BytesIO": (io.BytesIO, lambda: io.BytesIO(b"bytes")),
}
for name, (cls, make) in cases.items():
    obj = make()
    print(name, cls.__basicsize__, obj.__sizeof__(), sys.getsizeof(obj))

class P(functools.partial):
    pass

class C(itertools.count):
    pass

class S(types.SimpleNamespace):
    pass

class B(io.BytesIO):
    pass

class Slotted(itertools.cycle):
    __slots__ = ("extra",)

for obj in (P(f, 1), C(), S(x=1), B(b"x"), Slotted("ab")):
    print(type(obj).__name__, type(obj).__basicsize__, obj.__sizeof__(), sys.getsizeof(obj))

p = functools.partial(f, 1)
p.note = "attribute in the partial's own __dict__"
print("partial with attribute", sys.getsizeof(p), p.__dict__)

# Struct sequences (a tuple of the visible fields) and more C types.
import time, os, csv, queue, _thread
print("struct_time", sys.getsizeof(time.gmtime(0)), time.struct_time.__basicsize__, time.struct_time.__itemsize__)
print("stat_result", sys.getsizeof(os.stat("/")), os.stat_result.__basicsize__)
print("terminal_size", sys.getsizeof(os.terminal_size((80, 24))))
print("sys structs", sys.getsizeof(sys.version_info), sys.getsizeof(sys.float_info), sys.getsizeof(sys.int_info))
print("RLock", sys.getsizeof(_thread.RLock()), "SimpleQueue", sys.getsizeof(queue.SimpleQueue()))
print("csv", sys.getsizeof(csv.reader(io.StringIO("a,b"))), sys.getsizeof(csv.writer(io.StringIO())))
print("zip_longest", sys.getsizeof(itertools.zip_longest("ab", "c")))
