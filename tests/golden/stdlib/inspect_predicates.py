# inspect's is* predicates over every kind of object, and the CO_* flags.
import inspect, sys, functools, types, abc, collections


def f(): pass
def g(): yield 1
async def c(): pass
async def ag(): yield 1


class K:
    __slots__ = ('s',)

    def m(self): pass

    @classmethod
    def cm(cls): pass

    @staticmethod
    def sm(): pass

    @property
    def p(self): return 1


class A(abc.ABC):
    @abc.abstractmethod
    def run(self): pass


class B(A):
    def run(self): pass


class Half(A):
    pass


class Aw:
    def __await__(self):
        yield


gi = g()
co = c()
agi = ag()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

objs = [('module', sys), ('class', K), ('function', f), ('lambda', lambda: 0), ('method', K().m),
        ('classmethod', K.cm), ('staticmethod', K.sm), ('raw staticmethod', K.__dict__['sm']),
        ('raw classmethod', K.__dict__['cm']), ('property', K.__dict__['p']),
        ('slot', K.__dict__['s']), ('len', len), ('[].append', [].append),
        ('list.append', list.append), ('str.join', str.join), ('object.__init__', object.__init__),
        ('method-wrapper', object().__str__), ('generator function', g), ('generator', gi),
        ('coroutine function', c), ('coroutine', co), ('async gen function', ag),
        ('async generator', agi), ('partial of gen function', functools.partial(g)),
        ('partial of method', functools.partial(K().m)), ('partial of coroutine function', functools.partial(c)),
        ('frame', sys._getframe()), ('code', f.__code__), ('traceback', tb),
        ('abstract class', A), ('concrete class', B), ('half class', Half), ('awaitable', Aw()), ('int', 1),
        ('None', None), ('type', type), ('dict.fromkeys descriptor', dict.__dict__['fromkeys']),
        ('wrapped lambda', functools.wraps(f)(lambda: 1)), ('Iterable ABC', collections.abc.Iterable),
        ('int.real', int.__dict__['real']), ('bound method of gen', type('T', (), {'gm': g})().gm)]
preds = sorted(n for n in dir(inspect) if n.startswith('is') and n != 'iskeyword')
print(preds)
for name, o in objs:
    print(name, [p for p in preds if getattr(inspect, p)(o)])
co.close()
def g2(): yield 2


print('plain generator awaitable', inspect.isawaitable(g2()))
print('iterable coroutine awaitable', inspect.isawaitable(types.coroutine(g2)()))
print(inspect.getmro(B) == (B, A, object), [k.__name__ for k in inspect.getmro(bool)])
print(inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS,
      inspect.CO_NESTED, inspect.CO_GENERATOR, inspect.CO_NOFREE, inspect.CO_COROUTINE,
      inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.TPFLAGS_IS_ABSTRACT)


def va(*a, **k): pass


print([bool(va.__code__.co_flags & fl) for fl in (inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_GENERATOR)])
print([bool(ag.__code__.co_flags & fl) for fl in (inspect.CO_ASYNC_GENERATOR, inspect.CO_COROUTINE, inspect.CO_GENERATOR)])
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
del gi, agi, tb, objs
