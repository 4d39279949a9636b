# Context managers and in-memory files
import contextlib
import io
import sys

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("hello", t)

@contextlib.contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    {}["missing"]
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("after suppress")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    help_text = "inside"
print("got:", repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body of stack")

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with contextlib.closing(Resource("db")) as r:
    print("using", r.name)
with contextlib.nullcontext(42) as v:
    print("null gives", v)

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@Timer()
def work():
    print("working")
work()

s = io.StringIO("line one\nline two\nline three\n")
print(s.readline(), end="")
print(s.readlines())
s.seek(0)
print(s.read(4), s.tell(), s.read())
s.seek(0, io.SEEK_END)
s.write("line four\n")
print(s.getvalue().splitlines())
b = io.BytesIO()
b.write(b"hello ")
b.write(bytes([0x77, 0x6F, 0x72, 0x6C, 0x64]))
print(b.getvalue(), b.tell(), b.seek(2), b.read(3), len(b.getbuffer()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
w.write("caf\u00e9\n")
w.flush()
print(w.buffer.getvalue())
print(s.closed, s.readable(), s.writable(), s.seekable())
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError:", e)
