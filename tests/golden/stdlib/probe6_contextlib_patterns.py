# Common context-manager patterns from blog posts.
from contextlib import contextmanager, ExitStack, suppress, AbstractContextManager
import contextlib

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print(f"rolled back after {type(e).__name__}: {e}")
        raise
    else:
        print("committed", sorted(db.items()))

db = {"a": 1}
with transaction(db) as t:
    t["b"] = 2
try:
    with transaction(db) as t:
        t["c"] = 3
        raise RuntimeError("disk full")
except RuntimeError:
    pass
print(db)

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", repr(e))

with swallow(KeyError, IndexError):
    {}["k"]
with swallow(KeyError):
    [][0] if False else None
print("continue")
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("escaped", e)

@contextmanager
def gen_raises_stop():
    yield
    raise StopIteration

try:
    with gen_raises_stop():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Indenter(AbstractContextManager):
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.print("hi")
    with ind:
        ind.print("talk is cheap")
        with ind:
            ind.print("show me the code")
    ind.print("bye")
print(isinstance(Indenter(), AbstractContextManager), issubclass(dict, AbstractContextManager))
print(isinstance(open.__class__, type), issubclass(type(contextlib.nullcontext()), AbstractContextManager))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("body done")

def check(stack, x):
    if x > 1:
        raise ValueError(x)

try:
    with ExitStack() as stack:
        stack.callback(print, "first registered")
        stack.callback(check, stack, 5)
        stack.callback(print, "last registered")
except ValueError as e:
    print("ValueError from callback", e, type(e.__context__))

with suppress(ValueError):
    int("x")
    print("never")
with suppress():
    print("empty suppress fine")
cm = contextmanager(lambda: (yield 5))()
with cm as v:
    print("lambda gen", v)
