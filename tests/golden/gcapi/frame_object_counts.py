# A frame object that something asked for (a traceback, sys._getframe) is allocated and,
# when its call returns and nothing keeps it, freed: gc.get_count() moves by what the
# other objects leave behind. Neighbours: caught exceptions of several kinds, a kept
# traceback, _getframe inside a call, nested calls, generators, recursion.
import gc
import sys


def delta(fn, *args):
    gc.collect()
    before = gc.get_count()[0]
    result = fn(*args)
    after = gc.get_count()[0]
    return after - before, result


def raise_catch():
    try:
        raise ValueError
    except ValueError:
        pass


def key_error():
    try:
        {}[1]
    except KeyError:
        pass


def named():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass


def kept():
    try:
        raise ValueError("kept")
    except ValueError as e:
        return e


def getframe():
    return sys._getframe().f_lineno


def outer():
    inner_result = getframe()
    raise_catch()
    return inner_result


def gen():
    try:
        raise KeyError
    except KeyError:
        yield 1


def run_gen():
    return list(gen())


def recurse(n):
    if n == 0:
        try:
            raise ValueError
        except ValueError:
            return 0
    return recurse(n - 1) + 1


def lineno_of_running():
    return sys._getframe().f_lineno


def caught_in_callee():
    raise_catch()
    return sys._getframe().f_back is not None


def back_of_running():
    return sys._getframe().f_back.f_code.co_name


for fn, args in [
    (raise_catch, ()),
    (lineno_of_running, ()),
    (caught_in_callee, ()),
    (back_of_running, ()),
    (key_error, ()),
    (named, ()),
    (outer, ()),
    (run_gen, ()),
    (recurse, (5,)),
    (raise_catch, ()),
]:
    print(fn.__name__, delta(fn, *args)[0])

d, e = delta(kept)
print("kept", d, type(e).__name__)
del e
