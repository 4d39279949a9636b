# Python-to-Python calls run inline by the dispatch loop: an exception leaving a callee
# gets its traceback entries, its context, and releases the callee's locals (their
# finalizers in slot order) before the caller's handler runs, as a nested call does.
import sys
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def leaf(n):
    a = Noisy("leaf-a%d" % n)
    b = Noisy("leaf-b%d" % n)
    if n == 0:
        raise KeyError("bottom")
    return leaf(n - 1)


def middle():
    m = Noisy("middle")
    try:
        return leaf(2)
    finally:
        print("finally in middle")


def top():
    try:
        middle()
    except KeyError as e:
        print("caught", repr(e))
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
        del tb
        return e


err = top()
print(err.__context__)
del err
try:
    leaf(1)
except KeyError:
    print("handler")
print("after handler")
print("---")


def handler_context():
    try:
        raise ValueError("first")
    except ValueError:
        return raiser()


def raiser():
    return 1 / 0


try:
    handler_context()
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, e.__context__)
    traceback.print_exc(file=sys.stdout)
print("---")


def ret_local():
    x = Noisy("returned")
    y = Noisy("local")
    return x


def use():
    r = ret_local()
    print("back in use with", r.name)
    return r.name


print(use())
print("---")


class Obj:
    def method(self, k, *, kw=1):
        return self.plain(k) + kw

    def plain(self, k, d=10):
        if k < 0:
            raise IndexError(k)
        return k + d


o = Obj()
print(o.method(1), o.method(2, kw=5), Obj.plain(o, 3), o.plain(k=4, d=0))
bound = o.plain
print(bound(5), bound(k=6))
try:
    o.method(-1)
except IndexError as e:
    print("index", e, [f.name for f in traceback.extract_tb(e.__traceback__)])
print("---")


def gen_user(n):
    def g():
        for i in range(n):
            yield helper(i)
    return list(g())


def helper(i):
    return i * i


print(gen_user(5))


def closure_maker(v):
    def inner(w):
        return v + w
    return inner


print(closure_maker(3)(4), closure_maker("a")("b"))


def frames_seen():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def a():
    return b()


def b():
    return frames_seen()


print(a())


def keeps_frame():
    return sys._getframe()


fr = keeps_frame()
print(fr.f_back is sys._getframe(), fr.f_code.co_name, fr.f_lineno)
del fr


def reads_caller_locals():
    return sorted(sys._getframe(1).f_locals)


def has_locals():
    p, q = 1, 2
    return reads_caller_locals()


print(has_locals())
