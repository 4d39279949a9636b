# BaseExceptionGroup / ExceptionGroup: construction checks, attributes, split, subgroup,
# derive, notes, and their memory behaviour.
import gc
import sys


def show(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


show(lambda: ExceptionGroup('m', []))
show(lambda: ExceptionGroup('m', ()))
show(lambda: ExceptionGroup('m', 5))
show(lambda: ExceptionGroup('m', [1]))
show(lambda: ExceptionGroup('m', [ValueError(), 2]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup('m'))
show(lambda: ExceptionGroup('m', [ValueError()], 3))
show(lambda: ExceptionGroup('m', [ValueError()], x=3))
show(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup('m', [ValueError()]))
show(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup('m', {ValueError(): 1}))
show(lambda: ExceptionGroup('t', (ValueError(1),)))
show(lambda: MyEG('m', [KeyboardInterrupt()]))
show(lambda: MyEG('m', [ValueError()]))
show(lambda: MyBEG('m', [ValueError()]))
show(lambda: MyBEG('m', [KeyboardInterrupt()]))

eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args, str(eg))
print(str(ExceptionGroup('one', [ValueError(1)])))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(eg.exceptions), eg.exceptions is eg.exceptions)
try:
    eg.message = 'x'
except AttributeError as ex:
    print("AttributeError", ex)

# split and subgroup
show(lambda: eg.split())
show(lambda: eg.split(1))
show(lambda: eg.subgroup(1, 2))
show(lambda: eg.split((ValueError, 3)))
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(4)])
for matcher in [ValueError, TypeError, (KeyError, TypeError), OSError, ExceptionGroup, lambda e: isinstance(e, ValueError) and e.args[0] > 1]:
    m, r = nested.split(matcher)
    print(repr(m), '|', repr(r))
    print(repr(nested.subgroup(matcher)))
print(nested.split(Exception)[0] is nested, nested.subgroup(lambda e: True) is nested)
print(repr(eg.derive([KeyError(1)])), repr(eg.derive((KeyError(1),))))
show(lambda: eg.derive([]))

# the parts get the traceback, cause, context and a copy of the notes
try:
    raise eg from KeyError(3)
except ExceptionGroup as g:
    eg = g
eg.add_note("n1")
m, r = eg.split(ValueError)
print(m.__cause__, m.__suppress_context__, m.__notes__, m.__notes__ is eg.__notes__)
print(m.__traceback__ is eg.__traceback__, r.__traceback__ is eg.__traceback__)


class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + '!', excs)


d = Derived('d', [ValueError(1), TypeError(2)])
print(repr(d.split(ValueError)))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError('no')


show(lambda: BadDerive('b', [ValueError(1), TypeError(2)]).split(ValueError))

# notes on any exception
e = ValueError(1)
print(hasattr(e, '__notes__'))
e.add_note('hello')
e.add_note('world')
print(e.__notes__, e.__dict__)
show(lambda: e.add_note(1))
e.__notes__ = ()
show(lambda: e.add_note('x'))

# memory
v = ValueError(1)
t = TypeError(2)
g = ExceptionGroup('m', [v, t])
print(sys.getrefcount(v), sys.getrefcount(g))
m, r = g.split(ValueError)
print(sys.getrefcount(v), sys.getrefcount(g), sys.getrefcount(m))
print(gc.is_tracked(g), gc.is_tracked(g.exceptions))
print(sys.getsizeof(g), sys.getsizeof(BaseExceptionGroup('b', [KeyboardInterrupt()])))
print(sys.getsizeof(MyEG('x', [v])), sys.getsizeof(MyBEG('x', [v])))


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


cyc = ExceptionGroup('c', [ValueError(D(1))])
cyc.exceptions[0].args[0].g = cyc
del cyc
print("collected", gc.collect())
g2 = ExceptionGroup('c', [ValueError(D(2)), TypeError(D(3))])
del g2
print("end")
