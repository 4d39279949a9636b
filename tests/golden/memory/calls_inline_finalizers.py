# Finalizers and counts around Python-to-Python calls run inline: a callee's locals
# die at its return, before the caller's next instruction; its arguments are counted as
# CPython counts them (moved from the caller's stack); weakref callbacks and a
# collection inside a nested call see the callers' frames as CPython does.
import gc
import sys
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def callee(arg):
    print("  in callee, refs of arg:", sys.getrefcount(arg))
    tmp = D("callee-tmp")
    other = D("callee-other")
    return 7


def caller():
    x = D("caller-x")
    print("before call")
    r = callee(x)
    print("after call", r)
    r2 = callee(D("temp-arg"))
    print("after temp call", r2)
    return x


kept = caller()
print("caller returned")
del kept
print("---")


def make_cycle(n):
    a = D("cycle-%d" % n)
    a.self = a
    return weakref.ref(a, lambda w: print("  callback", n))


def nested_collect(depth):
    if depth == 0:
        refs = [make_cycle(i) for i in range(2)]
        print("collected", gc.collect() >= 2)
        return refs
    return nested_collect(depth - 1)


gc.collect()
refs = nested_collect(3)
print([r() for r in refs])
print("---")


def returns_arg(a):
    return a


def chain():
    v = D("chained")
    w = returns_arg(returns_arg(v))
    print("refs of chained:", sys.getrefcount(w))
    del v
    print("still alive:", w.name)
    del w
    print("end of chain")


chain()
print("---")


class Meth:
    def __init__(self, tag):
        self.tag = tag

    def go(self, k):
        local = D("meth-local-%d" % k)
        if k:
            return self.go(k - 1)
        return self.tag


m = Meth("tagged")
print(m.go(2))
print(sys.getrefcount(m))
f = m.go
print(f(1))
del f
print("---")


def gen_calls():
    for i in range(3):
        yield helper(i)


def helper(i):
    d = D("helper-%d" % i)
    return i


for v in gen_calls():
    print("got", v)


def raises_with_locals():
    d = D("raiser-local")
    raise RuntimeError("boom")


def catcher():
    try:
        raises_with_locals()
    except RuntimeError as e:
        print("caught", e)
    print("after except")


catcher()
