# Frame sizes: 3.11's frame header (120 bytes) plus a slot per local and per stack entry,
# with co_stacksize as 3.11 computes it (the NULL pushed below each plain call's callable).
import sys
def f(a):
    raise ValueError
def g(a, b):
    c = a + b
    return [c, a, b, (a, b), f(c)]
for fn, args in ((f, (1,)), (g, (1, 2))):
    try:
        fn(*args)
    except ValueError:
        tb = sys.exc_info()[2]
        while tb.tb_next:
            tb = tb.tb_next
            print(tb.tb_frame.f_code.co_name, tb.tb_frame.__sizeof__())
def gen4():
    x = yield 1
    y = yield (x, 2)
    yield [x, y, 3, 4]
print(gen4().gi_frame.__sizeof__())
def gen2():
    yield 1
print(sys.getsizeof(gen2().gi_frame), sys.getsizeof(gen2()))
def calls(a):
    return len(str(max(a, abs(a), key=abs))) + sum([a, a], start=0)
try:
    calls(None)
except TypeError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.__sizeof__())
def kw(a, b):
    return dict(x=a, y=dict(z=b, w=[a, b]), v=sorted([b, a], key=None, reverse=True))
def star(*args, **kw):
    return print(*args, **kw) or 1 / 0
try:
    star(1, sep="")
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(tb.tb_next.tb_frame.__sizeof__())
