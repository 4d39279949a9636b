# generator.send and coroutine.send are METH_O methods, generator.close METH_NOARGS:
# CPython counts one level of the recursion limit for the call itself
# (method_vectorcall_O / _NOARGS) and one for the resumed frame; next() (METH_FASTCALL)
# counts only the frame. The generators here are made at module level. (Not here: a
# FASTCALL builtin such as next() counts a level too at a call site 3.11 has not
# specialized, and making a generator takes a level for its frame's start.)
import sys


def g2():
    x = yield
    yield x


def gen():
    yield 1
    yield 2


def closing():
    try:
        yield 1
    finally:
        pass


def deep(n, action, g):
    if n == 0:
        return action(g)
    return deep(n - 1, action, g)


def fresh_g2():
    g = g2()
    next(g)
    return g


def fresh_closing():
    g = closing()
    next(g)
    return g


cases = [
    ("send", fresh_g2, lambda g: g.send(5)),
    ("close", fresh_closing, lambda g: g.close()),
    ("send(None)", gen, lambda g: g.send(None)),
]
for limit in (60, 100):
    sys.setrecursionlimit(limit)
    for name, make, action in cases:
        results = []
        for n in range(limit - 12, limit):
            g = make()
            try:
                results.append(str(deep(n, action, g)))
            except RecursionError as e:
                results.append(str(e).replace("maximum recursion depth exceeded", "max"))
        print(limit, name, results)
