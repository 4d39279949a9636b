# Source lookup: getsource/getsourcelines/findsource for functions, classes, lambdas,
# decorated and nested definitions; getdoc, cleandoc, getcomments, getfile, getmodule.
import inspect, functools, os, sys


def plain(a, b=1):
    """Doc of plain.

    Indented more.
    """
    return a + b  # trailing
    # comment inside

# a comment above deco
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
@deco
def decorated(x,
              y):
    s = """multi
line string
def not_a_def():
"""
    return (x +
            y)

class Outer:
    """Outer doc."""
    x = 1

    class Inner:
        def method(self):
            return 1

    @staticmethod
    def st(): return 2

    @property
    def prop(self):
        return 3

def maker():
    class Local:
        pass
    def inner(): return 1
    return Local, inner

Local, inner = maker()
lam = lambda q: q * 2
lam2 = (lambda: 1,
        lambda: 2)
one = lambda: (1,
   2)
def oneliner(): return 5

async def acoro(x):
    await x
if True:
    def in_if():
        pass
    class InIf: pass

def gen_fn():
    yield 1
    yield 2
    # after


class Tabbed:
	def method(self):
		return 'tab'

for obj in [plain, deco, decorated, Outer, Outer.Inner, Outer.Inner.method, Outer.st, Outer.prop.fget, Local, inner,
            maker, lam, lam2[0], lam2[1], one, oneliner, acoro, in_if, InIf, Outer().Inner().method,
            decorated.__wrapped__, gen_fn, gen_fn(), Tabbed, Tabbed.method, plain.__code__]:
    try:
        lines, n = inspect.getsourcelines(obj)
        print(n, repr(''.join(lines)))
    except Exception as e:
        print(type(e).__name__, e)
print(inspect.getsource(plain))
print(inspect.getsource(Outer.Inner))
lines, n = inspect.findsource(plain)
print(n, lines[n], len(lines) > 100)
print(inspect.findsource(Outer.Inner)[1], inspect.findsource(Local)[1], inspect.findsource(decorated)[1])
print(inspect.getdoc(plain))
print(inspect.getdoc(Outer), '|', inspect.getdoc(Outer.Inner), '|', inspect.getdoc(Outer.prop))


class NoDoc(Outer):
    pass


class Meth(Outer):
    def st(): pass


print(inspect.getdoc(NoDoc), inspect.getdoc(Meth.st))
print(repr(inspect.getcomments(deco)), repr(inspect.getcomments(plain)))
mod = sys.modules[__name__]
lines, n = inspect.findsource(mod)
print(n, len(lines), inspect.getsourcelines(mod)[1], inspect.getsource(mod) == ''.join(lines))
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getsourcefile(Outer)),
      inspect.getfile(plain) == __file__, inspect.getabsfile(plain) == os.path.abspath(__file__))
print(inspect.getmodule(plain) is mod, inspect.getmodule(Outer.Inner) is mod, inspect.getmodule(mod) is mod,
      inspect.getmodule(len), inspect.getmodule(int), inspect.getmodule(1), inspect.getmodule(plain.__code__) is mod)
for o in [len, int, 1, sys, 'text']:
    for fn in (inspect.getfile, inspect.getsource, inspect.getsourcefile, inspect.findsource):
        try:
            print(fn.__name__, fn(o))
        except (TypeError, OSError) as e:
            print(fn.__name__, type(e).__name__, e)
ns = {}
exec('def from_exec():\n    return 1\n', ns)
for fn in (inspect.getsource, inspect.getfile):
    try:
        print(fn(ns['from_exec']))
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')), repr(inspect.cleandoc('\n\n  x\n\ty\n')),
      repr(inspect.cleandoc('')), repr(inspect.cleandoc('one line  ')), repr(inspect.cleandoc('a\n\n   b\n  c')))
print(inspect.indentsize('\t  x'), inspect.indentsize('    y'), inspect.indentsize('z'))
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'), inspect.getmodulename('pkg/m.pyc'))
print(inspect.getblock(['def f():\n', '    return 1\n', 'x = 2\n']))
print(inspect.getblock(['    def f(self):\n', '        pass\n', '\n', '    def g(self): pass\n']))
