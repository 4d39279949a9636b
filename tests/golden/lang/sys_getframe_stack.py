import sys, gc
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    x = 5
    return who()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
def g():
    fr = sys._getframe()
    print(sorted(fr.f_locals))
    print(fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(fr.f_back.f_back)
    return fr
fr = g()
print(fr.f_back is sys._getframe(), fr.f_lineno, fr.f_code.co_name)
print(type(fr).__name__, gc.is_tracked(fr))
try:
    sys._getframe(10)
except ValueError as e:
    print(e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(e)
try:
    sys._getframe("x")
except TypeError as e:
    print(e)
print(sys._getframe(-3).f_code.co_name)
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name
def drive():
    return list(gen())
print(drive())
it = gen(); next(it)
print(it.gi_frame.f_back)
def deep(n):
    if n == 0:
        f = sys._getframe()
        names = []
        while f is not None:
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        return names
    return deep(n - 1)
print(deep(3))
class K:
    print(sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name)
    @property
    def p(self):
        return sys._getframe(1).f_lineno
k = K()
print(k.p)
print(
    k.p)
print(sys._getframe().f_globals is globals())
def err():
    try:
        1/0
    except ZeroDivisionError as e:
        return e
def outer():
    return err()
e = outer()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name, tb.tb_frame.f_back.f_back.f_code.co_name)
print(tb.tb_frame.f_back.f_lineno)
