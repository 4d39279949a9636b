from contextlib import ExitStack, suppress, closing, nullcontext, redirect_stdout, redirect_stderr
import sys


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)

with ExitStack() as stack:
    stack.enter_context(Res("outer"))
    stack.enter_context(Res("suppressor", suppress=True))
    stack.enter_context(Res("inner"))
    raise ValueError("in body")
print("suppressed by stack")


def exit_cb(typ, val, tb):
    print("push cb", typ.__name__ if typ else None, val)
    return False


try:
    with ExitStack() as stack:
        stack.push(exit_cb)
        stack.push(Res("pushed-cm"))
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with ExitStack() as stack:
    stack.enter_context(Res("moved"))
    stack2 = stack.pop_all()
    print("popped")
print("stack2 still holds")
stack2.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("original")
except ZeroDivisionError as e:
    print(type(e).__name__, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)

stack = ExitStack()
f = stack.callback(print, "closing explicitly")
print(f is print)
stack.close()
stack.close()

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed KeyError")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escapes:", e)


class Thing:
    def close(self):
        print("thing closed")


with closing(Thing()) as t:
    print(type(t).__name__)
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print("captured text")
    print(target is cap)
print("back", cap.parts)
err = Capture()
with redirect_stderr(err):
    sys.stderr.write("to err\n")
print(err.parts, sys.stderr is sys.__stderr__)
