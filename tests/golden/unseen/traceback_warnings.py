import traceback
import warnings
import sys

def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError:
    tb = traceback.format_exc()
    lines = tb.splitlines()
    print(lines[0])
    print(lines[-1])
    print(sum(1 for l in lines if l.strip().startswith("File")))
try:
    int("x")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    fs = traceback.extract_tb(e.__traceback__)
    print(len(fs), fs[-1].name, fs[-1].line)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    out = "".join(traceback.format_exception(e))
    print("direct cause" in out, out.strip().splitlines()[-1], repr(e.__cause__))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("generic")
    print([(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
print("ok")
def deprecated(f):
    def wrap(*a):
        warnings.warn(f"{f.__name__} is deprecated", DeprecationWarning, stacklevel=2)
        return f(*a)
    return wrap
@deprecated
def old(x):
    return x
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old(1)
    print(w[0].message, w[0].category.__name__, w[0].lineno > 0)
sys.stderr = sys.stdout
warnings.warn("to stderr", RuntimeWarning)
class MyWarning(UserWarning): pass
warnings.warn("custom", MyWarning)
warnings.warn("custom", MyWarning)
traceback.print_exception(ValueError("printed"))
try:
    [].pop()
except IndexError:
    traceback.print_exc(file=sys.stdout)
stack = traceback.extract_stack()
print(type(stack).__name__, len(stack) >= 1)
