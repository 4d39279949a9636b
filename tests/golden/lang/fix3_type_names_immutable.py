# Iterator type names of the builtin containers, the immutability of builtin types
# (including the stdlib classes CPython writes in C), math.dist and os.umask.
import array
import collections
import datetime
import decimal
import functools
import itertools
import math
import operator
import os
import struct
import sys
import types
import weakref

# -- iterator classes -------------------------------------------------------
for it in [iter(b''), iter(b'ab'), iter(bytearray()), iter({}.items()), iter({}),
           iter({}.values()), iter({}.keys()), iter(set()), iter(frozenset()),
           iter(range(1)), iter(range(2**70)), reversed([]), iter(''), iter('abc'),
           iter('\xe9'), iter('a\U0001f600'), iter([]), iter(()), reversed(range(3)),
           reversed({}), reversed({}.items()), reversed({}.values()), iter(memoryview(b'')),
           iter(collections.deque()), reversed(collections.deque()), iter(lambda: 1, 2),
           reversed('ab'), iter(zip()), iter(map(len, [])), iter(enumerate([]))]:
    cls = type(it)
    print(cls.__name__, cls.__qualname__, cls.__module__)
# they still iterate, pickle-reduce and report their length hint
for it in [iter(b'ab'), iter(bytearray(b'xy')), iter('h\xe9'), iter('ab'),
           iter(range(2**70, 2**70 + 2))]:
    print(type(it).__name__, it.__length_hint__(), next(it), it.__reduce__()[1:],
          list(it), it.__length_hint__())
it = iter('h\xe9llo')
next(it)
it.__setstate__(3)
print(list(it), sys.getsizeof(iter(b'')) == sys.getsizeof(iter([])))
print(type(iter(b'')) is type(iter(b'xyz')), type(iter('a')) is type(iter('\xe9')))
try:
    type(iter(b''))()
except TypeError as e:
    print('TypeError', e)

# -- builtin types are immutable -----------------------------------------------
TYPES = [dict, list, set, int, str, object, type, collections.OrderedDict,
         collections.deque, collections.defaultdict, functools.partial, itertools.count,
         itertools.chain, itertools.cycle, itertools.zip_longest, operator.itemgetter,
         operator.attrgetter, operator.methodcaller, weakref.ref, array.array,
         decimal.Decimal, datetime.date, datetime.datetime, datetime.timedelta,
         datetime.timezone, struct.Struct, types.SimpleNamespace, types.MappingProxyType,
         type(iter([])), type(iter(b'')), types.FunctionType, functools.lru_cache(None)(len).__class__]
for t in TYPES:
    for action in ('set', 'set __doc__', 'del __doc__', 'del missing'):
        try:
            if action == 'set':
                t.x = 1
            elif action == 'set __doc__':
                t.__doc__ = 'd'
            elif action == 'del __doc__':
                del t.__doc__
            else:
                del t.missing
            print(t.__qualname__, action, 'allowed')
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    try:
        setattr(t, 'y', 2)
    except TypeError as e:
        print('setattr:', e)
    try:
        type.__setattr__(t, 'y', 2)
    except TypeError as e:
        print('type.__setattr__:', e)

# Python classes of the stdlib and their subclasses stay mutable
for t in [collections.Counter, collections.ChainMap, functools.partialmethod]:
    t.x = 1
    print(t.__name__, t.x)
    del t.x


class MyOD(collections.OrderedDict):
    pass


class MyPartial(functools.partial):
    pass


for t in [MyOD, MyPartial]:
    t.x = 5
    print(t.__name__, t.x, hasattr(t.__mro__[1], 'x'))

# -- math.dist ------------------------------------------------------------------
from fractions import Fraction
from decimal import Decimal
for args in [((0, 0), (3, 4)), ([1.5], [0.5]), ((1, 2, 3), (4, 6, 3)), ((), ()),
             ((1,), (1, 2)), ([1], (2,)), (iter([1]), iter([4])), (1, 2), ((1, 'a'), (1, 2)),
             ((float('inf'), 0), (0, float('nan'))), ((float('nan'),), (1,)), ((1,),),
             ((1, 2), (3, 4), (5,)), ((10**400,), (0,)), ((True, False), (0, 0)),
             ((Fraction(1, 2),), (0,)), ((Decimal('1.5'),), (0,)), ((-2,), (2,)),
             ('ab', 'cd')]:
    try:
        print(math.dist(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.dist(p=(1,), q=(2,))
except TypeError as e:
    print('TypeError', e)

# -- os.umask -------------------------------------------------------------------
old = os.umask(0o22)
print(oct(os.umask(0o77)), oct(os.umask(0o22)))
for bad in ['1', 1.5, None]:
    try:
        os.umask(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    os.umask()
except TypeError as e:
    print('TypeError', e)
os.umask(old)
print(callable(os.umask), 'umask' in os.__all__)
