# gen.throw() argument forms, traceback checks, and close() errors.
import sys
import warnings
warnings.simplefilter("ignore")
def g():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__, repr(e), e.args)
        yield 2
def fresh():
    x = g()
    next(x)
    return x
def tryit(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
tryit("class", lambda: fresh().throw(ValueError))
tryit("class+str", lambda: fresh().throw(ValueError, "msg"))
tryit("class+tuple", lambda: fresh().throw(ValueError, ("a", "b")))
tryit("class+inst", lambda: fresh().throw(ValueError, ValueError("inst")))
tryit("class+None", lambda: fresh().throw(ValueError, None, None))
tryit("inst+value", lambda: fresh().throw(ValueError("inst"), "extra"))
tryit("int", lambda: fresh().throw(3))
tryit("bad tb", lambda: fresh().throw(ValueError, 1, 5))
tryit("bad tb2", lambda: fresh().throw(ValueError, ValueError("t"), "tb"))
try:
    raise KeyError("k")
except KeyError:
    tb = sys.exc_info()[2]
tryit("good tb", lambda: fresh().throw(ValueError, ValueError("t"), tb))
def plain():
    yield 1
p = plain(); next(p)
try:
    p.throw(KeyError, "k", tb)
except KeyError as e:
    t = e.__traceback__
    names = []
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("tb chain", names)
def yielder():
    try:
        yield 1
    finally:
        yield 2
y = yielder(); next(y)
tryit("close yields", y.close)
class MyErr(Exception):
    def __init__(self, *a):
        print("MyErr init", a)
        super().__init__(*a)
def inner():
    try:
        yield 1
    except MyErr as e:
        print("inner got", e.args)
        yield "from inner"
def outer():
    r = yield from inner()
    yield r
o = outer(); next(o)
print(o.throw(MyErr, "v"))
o = outer(); next(o)
print(o.throw(MyErr))
