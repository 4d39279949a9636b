# contextlib recipes
import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback runs first")
    print("names", names)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)

with contextlib.nullcontext(42) as v:
    print("null", v)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print("after swallow")

class Managed(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *exc):
        print("exit", exc[0]); return False
@Managed()
def work():
    print("working")
work()

stack = contextlib.ExitStack()
stack.enter_context(tag("later"))
moved = stack.pop_all()
print("moved")
moved.close()

@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.suppress():
    pass
print(contextlib.AbstractContextManager.__name__)
