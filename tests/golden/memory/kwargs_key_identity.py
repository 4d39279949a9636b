# A function's **kwargs dict is keyed by the call's keyword-name objects themselves
# (CPython's _PyEval_MakeFrameVector), so the keys are the interned names.
import sys


def f(**kw):
    return kw


d = f(abc=1, xyz=2)
print([k is n for k, n in zip(d, ("abc", "xyz"))])
ABC = "abc"
print(list(f(abc=1))[0] is ABC)
name = "".join(["dyn", "amic"])
d2 = f(**{name: 1})
print(next(iter(d2)) is name, sys.getrefcount(name) - sys.getrefcount("other name"))


def g(a, **rest):
    return rest


print(sorted(g(1, b=2, c=3)), list(g(a=1, b=2)))
