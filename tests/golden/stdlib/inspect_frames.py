# currentframe, stack, getframeinfo, getouterframes/getinnerframes, trace, FrameInfo and
# Traceback records, with line numbers and source context.
import inspect, sys, os


def where():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno


print(where())


def inner(n):
    st = inspect.stack()
    return [(fi.function, fi.lineno, fi.code_context, fi.index, os.path.basename(fi.filename)) for fi in st]


def outer():
    return inner(1)


for row in outer():
    print(row)


def ctx():
    return inspect.stack(context=3)[0]


fi = ctx()
print(fi.function, fi.lineno, fi.code_context, fi.index, len(fi), fi[1] == __file__, fi[2:4], fi.frame is fi[0])
print(type(fi).__name__, fi._fields, fi.positions.lineno, fi.positions.end_lineno, type(fi.positions).__name__)
print(isinstance(fi, tuple), inspect.isframe(fi.frame), fi.frame.f_code.co_name)
del fi


def info():
    f = sys._getframe()
    t = inspect.getframeinfo(f)
    return (os.path.basename(t.filename), t.lineno, t.function, t.code_context, t.index, type(t).__name__,
            len(t), t._fields, t.positions.lineno, t[:3] == (t.filename, t.lineno, t.function))


print(info())
t0 = inspect.getframeinfo(sys._getframe(), context=0)
print(t0.lineno, t0.code_context, t0.index)
t5 = inspect.getframeinfo(sys._getframe(), context=5)
print(t5.lineno, t5.code_context, t5.index)
top = inspect.getframeinfo(sys._getframe(), context=200)
print(top.lineno, len(top.code_context), top.index)


def boom():
    x = 1
    raise KeyError(x)


def call_boom():
    boom()


try:
    call_boom()
except KeyError as e:
    tb = e.__traceback__
    for fi in inspect.getinnerframes(tb):
        print(fi.function, fi.lineno, fi.code_context, fi.index)
    for fi in inspect.getinnerframes(tb, context=2):
        print(fi.function, fi.lineno, fi.code_context, fi.index)
    for fi in inspect.trace():
        print('trace', fi.function, fi.lineno)
    print(inspect.getframeinfo(tb)[1:], inspect.getframeinfo(tb.tb_next.tb_next)[1:])
    print(inspect.getlineno(tb.tb_frame))
    del fi, tb, e
try:
    inspect.getframeinfo(5)
except AttributeError as e:
    print(type(e).__name__, e)


def deep(n):
    if n:
        return deep(n - 1)
    return [(f.function, f.lineno) for f in inspect.getouterframes(inspect.currentframe())]


print(deep(3))
print(inspect.stack()[0].function, inspect.stack()[0].lineno, len(inspect.stack()))
fr = sys._getframe()
print(inspect.getsourcelines(fr)[1], inspect.findsource(fr)[1], inspect.getfile(fr) == __file__)


def in_gen():
    yield inspect.currentframe().f_code.co_name
    yield [f.function for f in inspect.stack()]


print(list(in_gen()))


class K:
    def method(self):
        return inspect.stack()[0][3], inspect.stack()[1][3]

    @property
    def prop(self):
        return inspect.currentframe().f_back.f_code.co_name


print(K().method(), K().prop)
lam = lambda: inspect.stack()[0].function
print(lam(), [inspect.stack()[0].function for _ in range(1)])
del fr, top, t0, t5
