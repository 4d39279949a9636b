# A call with more arguments than the stack guideline allows (args + 2 * keywords > 30)
# packs them into a tuple and a dict first, as CPython 3.11 does: same arguments, same
# errors, CPython's co_stacksize and frame size.
import sys


def show(*args, **kwargs):
    return len(args), list(kwargs.items())[:3], sum(args) + sum(kwargs.values())


def many_keywords(v):
    return show(1, 2, k0=v, k1=v, k2=v, k3=v, k4=v, k5=v, k6=v, k7=v, k8=v, k9=v,
                k10=v, k11=v, k12=v, k13=v, k14=v, k15=v)


def many_positional(v):
    return show(v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
                v, v, v, v, v, v, v, v, v, v, last=v)


def method_keywords(o, v):
    return o.format(a=v, b=v, c=v, d=v, e=v, f=v, g=v, h=v, i=v, j=v, k=v, l=v,
                    m=v, n=v, o=v, p=v)


print(many_keywords(1))
print(many_positional(2))
print(method_keywords('{a}{p}', 3))
for f in (many_keywords, many_positional, method_keywords):
    print(f.__name__, f.__code__.co_stacksize)


def strict(a, b):
    return a + b


try:
    strict(1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14,
           o=15, p=16, q=17)
except TypeError as e:
    print(e)
try:
    strict(1, 2, b=3, c=4, d=5, e=6, f=7, g=8, h=9, i=10, j=11, k=12, l=13, m=14,
           n=15, o=16, p=17)
except TypeError as e:
    print(e)


def frame_size(a, b, c):
    return sys.getsizeof(sys._getframe())


print(show(frame_size(1, 2, 3), a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10,
           k=11, l=12, m=13, n=14, o=15, p=16))
