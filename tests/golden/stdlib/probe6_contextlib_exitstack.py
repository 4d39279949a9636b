from contextlib import ExitStack, contextmanager, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, AbstractContextManager
import io, sys

@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw KeyError {e}")
        raise
    finally:
        log.append(f"close {name}")

log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda: log.append("callback 2"))
    print(names)
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(resource("x", log))
        stack.enter_context(resource("y", log))
        raise KeyError("boom")
except KeyError as e:
    print("propagated", repr(e))
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(resource("keep", log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

def cleanup(exc_type, exc, tb):
    print("exit cb sees", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(cleanup)
    1 / 0
print("suppressed by push")

with suppress(FileNotFoundError, ZeroDivisionError):
    open("/nonexistent/file")
print("after suppress")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

class Conn:
    def close(self):
        print("conn closed")

with closing(Conn()) as c:
    print("using", type(c).__name__)
with nullcontext(42) as v:
    print("null", v)

@contextmanager
def bad():
    yield 1
    yield 2

try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
