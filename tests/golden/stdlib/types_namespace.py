# types.SimpleNamespace: construction, repr (recursive, subclasses), comparisons,
# pickling/copying, attribute handling, size and gc tracking; the module's names.
import copy
import gc
import pickle
import sys
import types

NS = types.SimpleNamespace


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


n = NS(b=2, a=1)
print(n, n.a, n.b, vars(n), n.__dict__ is vars(n))
n.c = [3]
del n.b
print(n, hasattr(n, 'b'))
t(lambda: n.missing)
t(lambda: NS(1))
t(lambda: NS(1, 2, x=3))
t(lambda: NS(**{'not valid': 1, 'x-y': 2}))
t(lambda: NS(**{5: 1}))
t(lambda: NS(__dict__={'q': 1}))
t(lambda: NS(self=1, cls=2))
t(lambda: NS())
rec = NS(x=1)
rec.me = rec
rec.lst = [rec]
print(rec)


class Point(NS):
    pass


p = Point(x=1, y=2)
p.p = p
print(p, type(p).__name__, isinstance(p, NS))
print(NS(a=1) == NS(a=1), NS(a=1) == Point(a=1), Point(a=1) == NS(a=1),
      NS(a=1) != NS(a=2), NS() == {}, NS(a=1) == NS(a=1.0))
t(lambda: NS(a=1) < NS(a=2))
t(lambda: NS(a=1) >= NS(a=1))
t(lambda: NS() < 5)
t(lambda: hash(Point()))
t(lambda: {NS()})
print(NS.__hash__, NS.__module__, NS.__qualname__, repr(NS))

x = NS(a=[1], b='s')
print(x.__reduce__()[0] is NS, x.__reduce__()[1], x.__reduce__()[2] is x.__dict__)
y = pickle.loads(pickle.dumps(x))
print(y, y == x, y.a is x.a)
c = copy.copy(x)
d = copy.deepcopy(x)
print(c, c.a is x.a, d, d.a is x.a)
pp = copy.deepcopy(p)
print(pp, pp.p is pp, type(pp).__name__)

x.__init__(z=9)
print(x)
t(lambda: NS.__init__(5))
t(lambda: NS.__init__(x, 1))

print(sys.getsizeof(NS()), gc.is_tracked(NS()), gc.is_tracked(NS(a=1)))
import weakref
try:
    weakref.ref(NS())
except TypeError:
    print('no weak references to SimpleNamespace')
e = Point()
e.attr = e
r = weakref.ref(e)
del e
print(r() is not None, gc.collect() >= 1, r())
# (refpy has no getset/member descriptor samples yet.)
print([n for n in types.__all__ if n not in ('GetSetDescriptorType', 'MemberDescriptorType')])
print([getattr(types, name).__name__ for name in ('FunctionType', 'LambdaType', 'CodeType',
       'MappingProxyType', 'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
       'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
       'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
       'TracebackType', 'FrameType', 'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
       'NotImplementedType')])
