import traceback

def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad value {i}")
    if i % 3 == 1:
        raise TypeError(f"bad type {i}")
    return i

errors = []
for i in range(6):
    try:
        risky(i)
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("batch failed", errors)
print(eg, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
match_, rest = eg.split(ValueError)
print(match_.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: "3" in str(e)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), ValueError("b")])])
try:
    raise nested
except* ValueError as g:
    print("got", repr(g))
except* KeyError as g:
    print("keys", repr(g))
try:
    try:
        raise ExceptionGroup("x", [OSError("disk"), ValueError("v")])
    except* OSError:
        print("handled OSError")
except ExceptionGroup as remaining:
    print("remaining", repr(remaining))
e = ValueError("with note")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    raise e
except ValueError as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as g:
    print(type(g).__name__, g.exceptions)
try:
    ExceptionGroup("empty", [])
except ValueError as err:
    print(err)
print(repr(ExceptionGroup("m", [ValueError(1)]).derive([TypeError(2)])))
