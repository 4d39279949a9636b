# An exception that cannot propagate and has no traceback of its own (a generator that
# ignores GeneratorExit, closed when it dies) is reported at the running Python frame.
import sys

reports = []


def hook(args):
    tb = args.exc_traceback
    where = None
    if tb is not None:
        where = (tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)
    reports.append((args.exc_type.__name__, str(args.exc_value), where,
                    type(args.object).__name__))


sys.unraisablehook = hook


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


def make_and_drop():
    g = stubborn()
    next(g)
    del g          # the generator dies here, in make_and_drop


make_and_drop()

g = stubborn()
next(g)
g = None           # ... and here, at module level

for r in reports:
    print(r)
reports.clear()


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


def drop_bad():
    b = Bad()
    del b


drop_bad()
for kind, msg, where, obj in reports:
    # This exception went through __del__'s frame: that is its traceback.
    print(kind, msg, where[0], where[2] is None, obj)
sys.unraisablehook = sys.__unraisablehook__
