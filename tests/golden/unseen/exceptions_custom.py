class AppError(Exception):
    """Base error."""
class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        self.key = key
        super().__init__(f"{key}: {msg}")
class ValidationError(AppError, ValueError):
    pass

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(key) from None

try:
    load({}, "db")
except AppError as e:
    print(type(e).__name__, e, e.key, e.__cause__, e.__suppress_context__, e.args)
try:
    raise ValidationError("bad input")
except ValueError as e:
    print("caught as ValueError:", repr(e), isinstance(e, AppError))
def cleanup():
    try:
        return "from try"
    finally:
        print("finally runs")
print(cleanup())
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
f()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    pass
except Exception:
    print("no")
else:
    print("else runs")
finally:
    print("finally too")
e = RuntimeError("a", 1, [2])
print(e.args, str(e), repr(e), str(RuntimeError()), repr(KeyError("k")), str(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, FileNotFoundError.__mro__[1].__name__)
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
try:
    [].index(3)
except ValueError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
try:
    {}["k"]
except LookupError as e:
    print("LookupError", repr(e))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(e)
try:
    import not_a_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    raise Exception("outer") from ValueError("inner")
except Exception as e:
    print(e.__cause__, type(e.__cause__).__name__)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(WithStr("ignored"), repr(WithStr("x")))
