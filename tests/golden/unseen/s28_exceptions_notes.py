# Exceptions in 3.11: notes, groups, chaining, tracebacks as text
import traceback
import sys

def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n

try:
    risky(0)
except ZeroDivisionError as e:
    e.add_note("while computing the ratio")
    e.add_note("input was 0")
    print(e.__notes__)
    lines = traceback.format_exception(e)
    print("".join(lines[-3:]), end="")

try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad config") from k
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
    print(traceback.format_exception_only(type(v), v))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as t:
    print(repr(t.__context__), t.__cause__)

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
try:
    raise eg
except* ValueError as g:
    print("values:", g.exceptions)
except* TypeError as g:
    print("types:", g.exceptions)
match, rest = eg.split(ValueError)
print(match, rest, eg.subgroup(lambda e: isinstance(e, TypeError)))
print(len(eg.exceptions), eg.message, repr(eg))
try:
    raise ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(42, "custom failure")
except AppError as e:
    print(e, e.args, e.code, repr(e))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, sys.exception())
err = OSError(2, "No such file", "x.txt")
print(err, err.errno, err.strerror, err.filename, type(err).__name__)
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
print(str(KeyError("a")), str(KeyError()), repr(StopIteration(5).value), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid").reason)
tb_text = traceback.format_exc()
print(repr(tb_text))
def chain():
    try:
        risky(0)
    except Exception as e:
        return traceback.format_exception(e)
print(len(chain()) >= 3)
traceback.print_exception(ValueError("printed to stderr"))
print("done")
