from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext, AbstractContextManager
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("hello", t)

with suppress(KeyError, ZeroDivisionError):
    {}["x"]
print("after suppress")

@contextmanager
def handles():
    try:
        yield
    except ValueError as e:
        print("handled", e)

with handles():
    raise ValueError("oops")
print("continued")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))

class Resource:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def close(self):
        print("close", self.n)

with ExitStack() as stack:
    rs = [stack.enter_context(closing(Resource(i))) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", len(rs))

with nullcontext(5) as v:
    print("null", v)

class Timer(AbstractContextManager):
    def __exit__(self, *a):
        print("timer exit", a[0])
with Timer() as tm:
    print(type(tm).__name__)

try:
    with tag("x"):
        raise RuntimeError("inside")
except RuntimeError as e:
    print("propagated", e)

@tag("deco")
def decorated():
    print("in function")
decorated()
