# A type's missing attribute is reported with its tp_name (module-qualified for C types,
# `__name__` for classes), and the C types the stdlib writes in C refuse attribute
# assignment: re.Pattern/re.Match, the _io classes, sys's struct sequences, GenericAlias.
import _io
import collections
import datetime
import decimal
import functools
import io
import itertools
import operator
import re
import struct
import sys
import types
import weakref

for obj in [datetime.date, datetime.datetime, datetime.timedelta, datetime.timezone,
            collections.OrderedDict, collections.deque, collections.defaultdict,
            decimal.Decimal, re.Pattern, re.Match, io.StringIO, io.BytesIO, io.TextIOWrapper,
            io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, _io._IOBase, _io._TextIOBase, itertools.count,
            itertools.chain, functools.partial, operator.itemgetter, struct.Struct,
            weakref.ref, types.SimpleNamespace, types.FunctionType, types.GenericAlias,
            types.UnionType, types.MappingProxyType, int, dict, type, object, type(sys.flags),
            type(sys.version_info), type(sys.float_info), collections.Counter,
            type(iter([])), BaseException, ValueError, type(sys.stdout)]:
    for how in ('getattr', 'type.__getattribute__', 'hasattr'):
        try:
            if how == 'getattr':
                getattr(obj, 'strptime_xyz')
            elif how == 'hasattr':
                print(' ', hasattr(obj, 'strptime_xyz'))
                continue
            else:
                type.__getattribute__(obj, 'nope')
        except AttributeError as e:
            print(how, e, e.name if how == 'getattr' else '')


class C:
    pass


C.__qualname__ = 'X.Y'
for cls in (C, type('Dyn', (), {}), collections.namedtuple('P', 'x')):
    try:
        cls.nope
    except AttributeError as e:
        print(e)
try:
    datetime.date.strptime
except AttributeError as e:
    print(e)

for inst in [datetime.date(2000, 1, 1), collections.OrderedDict(), re.compile('a'),
             re.match('a', 'a'), io.StringIO(), io.BytesIO(), sys.flags, sys.version_info,
             list[int], int | str]:
    try:
        inst.nope
    except AttributeError as e:
        print(e)

TYPES = [re.Pattern, re.Match, io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader,
         io.BufferedWriter, io.FileIO, io.BufferedRandom, io.BufferedRWPair, _io._IOBase,
         _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase, type(sys.flags),
         types.GenericAlias, types.UnionType, type(sys.version_info), type(sys.float_info),
         type(sys.hash_info), type(sys.int_info), type(sys.stdout)]
for t in TYPES:
    for action in ('set', 'set __doc__', 'del missing', 'set __name__', 'del __doc__'):
        try:
            if action == 'set':
                t.x = 1
            elif action == 'set __doc__':
                t.__doc__ = 'd'
            elif action == 'set __name__':
                t.__name__ = 'zz'
            elif action == 'del __doc__':
                del t.__doc__
            else:
                del t.missing
            print(t.__name__, action, 'ok')
        except (TypeError, AttributeError) as e:
            print(t.__name__, action, type(e).__name__, e)
    print(t.__name__, t.__module__, t.__qualname__, repr(t))
# they still work
p = re.compile('(a)(b)?')
m = p.match('ab')
print(p.pattern, m.group(1, 2), m.span(), io.StringIO('x\ny').readlines(),
      io.BytesIO(b'abc').read(2), sys.flags.optimize, list[int], int | str)


class MyIO(io.StringIO):
    pass


MyIO.extra = 1
print(MyIO.extra, MyIO().extra)
