import abc, contextlib, sys, io, asyncio
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(e)
class Full(Sq):
    name = "sq"
    @classmethod
    def make(cls): return cls()
print(Full.make().area(), Shape.__abstractmethods__ == frozenset({'area', 'name', 'make'}), Full.__abstractmethods__)
class Iface(metaclass=abc.ABCMeta): pass
Iface.register(int); print(isinstance(3, Iface), issubclass(bool, Iface), abc.get_cache_token() is not None)
class Len(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented
print(isinstance([], Len), isinstance(3, Len))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.push(lambda *exc: print("push exit", exc[0]))
    @stack.callback
    def last():
        print("decorated callback")
    print("body")
try:
    with contextlib.ExitStack() as st:
        st.callback(print, "cleanup ran")
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with contextlib.ExitStack() as st:
    st.push(lambda t, v, tb: True)
    raise KeyError("suppressed")
print("after suppressed")
with contextlib.ExitStack() as st:
    st.callback(print, "never")
    st2 = st.pop_all()
print("popped"); st2.close()
with contextlib.suppress(FileNotFoundError, KeyError):
    {}['x']
print("suppress ok")
f = io.StringIO()
with contextlib.redirect_stdout(f):
    print("captured"); help_ = 1
print(repr(f.getvalue()))
g = io.StringIO()
with contextlib.redirect_stderr(g):
    print("err", file=sys.stderr)
print(repr(g.getvalue()))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("h1") as t:
    print("inside", t)
try:
    with tag("p"):
        raise RuntimeError("x")
except RuntimeError as e:
    print("re", e)
@tag("deco")
def decorated():
    print("in func")
decorated()
class R(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("R exit")
with R() as r: print(type(r).__name__)
with contextlib.nullcontext(5) as v: print(v)
class Closer:
    def close(self): print("closed")
with contextlib.closing(Closer()): pass
@contextlib.asynccontextmanager
async def actx(n):
    print("aenter", n); yield n; print("aexit", n)
async def main():
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(actx(1))
        b = st.enter_context(tag("sync"))
        st.push_async_callback(lambda: asyncio.sleep(0))
        async def acb(x): print("async cb", x)
        st.push_async_callback(acb, 7)
        st.callback(print, "sync cb")
        print("body", a, b)
asyncio.run(main())
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise ValueError("orig")
except ZeroDivisionError as e:
    print("ctx:", repr(e.__context__))
with contextlib.chdir("/tmp") if hasattr(contextlib, 'chdir') else contextlib.nullcontext():
    import os; print(os.getcwd())
try:
    with contextlib.ExitStack() as st:
        st.enter_context(3)
except TypeError as e:
    print(e)

import abc, collections.abc as cabc, numbers, copy, reprlib, operator
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
    @property
    @abc.abstractmethod
    def status(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def run(self): return "run"
try:
    Half()
except TypeError as e:
    print(e)
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = MySeq([3, 1, 3]); print(list(s), s.index(1), s.count(3), 3 in s, list(reversed(s)), isinstance(s, cabc.Iterable))
class Incomplete(cabc.Mapping): pass
try:
    Incomplete()
except TypeError as e:
    print(e)
class Bag(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
b = Bag([1, 2]); b |= {3}; print(list(b), list(b & {2, 3}), b.isdisjoint([9]), list(Bag([1]) | Bag([5])))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex), issubclass(bool, numbers.Number))
print(abc.ABC.__abstractmethods__ if hasattr(abc.ABC, '__abstractmethods__') else 'none', Base.__abstractmethods__ == {'run', 'stop', 'status'})
class Meta(abc.ABCMeta): pass
class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...
try:
    WithMeta()
except TypeError as e:
    print(e)
def late(): pass
class Dyn(abc.ABC): pass
Dyn.f = abc.abstractmethod(lambda self: 0)
print(Dyn.__abstractmethods__); abc.update_abstractmethods(Dyn); print(Dyn.__abstractmethods__)
try:
    Dyn()
except TypeError as e:
    print(e)
print(type(abc.ABC), abc.ABCMeta.__name__, Base.__mro__, isinstance(Half, abc.ABCMeta))
class Node:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids)
    def __repr__(self): return f"Node({self.v}, {self.kids})"
t = Node(1, [Node(2), Node(3)]); c = copy.copy(t); d = copy.deepcopy(t)
print(c.kids is t.kids, d.kids is t.kids, d, copy.deepcopy({"a": [1, {2}]}))
class Custom:
    def __init__(self): self.log = []
    def __copy__(self): print("copy called"); return Custom()
    def __deepcopy__(self, memo): print("deepcopy called", type(memo).__name__); return Custom()
copy.copy(Custom()); copy.deepcopy([Custom()])
r = reprlib.Repr(); r.maxlist = 3; print(r.repr(list(range(10))), reprlib.repr("x" * 100), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))
class Lnk:
    @reprlib.recursive_repr()
    def __repr__(self): return f"<Lnk {self.other}>"
l = Lnk(); l.other = l; print(repr(l))
print(copy.replace if hasattr(copy, "replace") else "", copy.Error)
try:
    copy.deepcopy(iter([]))
    print("iter copied")
except TypeError as e:
    print(e)
