# Raising, matching and catching builtin exceptions (by the interpreter or by the script)
# leaves the reference counts of the exception classes as they were: no cache or memo
# inside the interpreter may hold an extra reference to a class.
import sys

names = [
    "ZeroDivisionError", "OverflowError", "IndexError", "KeyError", "AttributeError",
    "StopIteration", "ValueError", "TypeError", "UnicodeDecodeError", "NameError",
    "RuntimeError", "LookupError", "ArithmeticError", "Exception", "BaseException",
]


def counts():
    return {n: sys.getrefcount(getattr(__builtins__, n)) for n in names}


def provoke():
    for f in (
        lambda: 1 / 0,
        lambda: 2.0 ** 10000.5,
        lambda: [][1],
        lambda: {}["k"],
        lambda: object().missing,
        lambda: next(iter(())),
        lambda: int("x"),
        lambda: len(5),
        lambda: b"\xff".decode(),
        lambda: undefined_name,
    ):
        try:
            f()
        except (ArithmeticError, LookupError) as e:
            pass
        except Exception:
            pass
    getattr(object(), "missing", None)
    for _ in iter([1, 2]):
        pass
    try:
        raise RuntimeError("x") from ValueError("y")
    except RuntimeError:
        pass


before = counts()
for _ in range(3):
    provoke()
after = counts()
print({n: after[n] - before[n] for n in names})
