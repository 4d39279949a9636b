# A function frame borrows its globals from its function (no count of its own), so a
# namespace in a cycle with a generator of its own is garbage like any other.
import sys, gc
print(sys.getrefcount(globals()))
def f(): print(sys.getrefcount(globals()))
f()
def g(): f()
g()
def gen():
    yield sys.getrefcount(globals())
it = gen()
print(next(it), sys.getrefcount(globals()))
for src in ["def gen():\n yield 1\nit = gen()", "def gen():\n yield 1\nit = gen()\nnext(it)", "def f(): pass\nx = f"]:
    g = {}
    exec(src, g)
    del g
    print(gc.collect())
g = {}
exec("def gen():\n yield 1\nit = gen()", g)
print(sys.getrefcount(g['it']), sys.getrefcount(g['gen']), sys.getrefcount(g))
print(len(gc.get_referrers(g['gen'])), len(gc.get_referrers(g)), len(gc.get_referrers(g['it'])))
print(gc.is_tracked(g['gen']), gc.is_tracked(g['it']), gc.is_tracked(g))
