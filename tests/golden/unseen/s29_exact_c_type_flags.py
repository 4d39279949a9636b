# type.__flags__ of C types of CPython's stdlib (static types: no Py_TPFLAGS_HEAPTYPE;
# PyType_FromSpec types: heap types, immutable), of Python classes, and of subclasses.
# The version-tag bit (1 << 19) depends on what ran before: masked out.
import array
import collections
import functools
import io
import itertools
import operator
import re
import struct
import sys
import types

HEAPTYPE, BASETYPE, IMMUTABLE, GC = 1 << 9, 1 << 10, 1 << 8, 1 << 14


def show(t):
    f = t.__flags__ & ~(1 << 19)
    print(t.__name__, hex(f), bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & IMMUTABLE), bool(f & GC))


for t in (collections.deque, collections.defaultdict, collections.OrderedDict, collections.Counter,
          functools.partial, array.array, struct.Struct, itertools.count, itertools.chain,
          itertools.groupby, itertools.repeat, operator.itemgetter, operator.attrgetter,
          operator.methodcaller, types.SimpleNamespace, io.StringIO, io.BytesIO, re.Pattern,
          re.Match, type(sys.version_info), type(sys.flags), dict, list):
    show(t)


class D(collections.defaultdict):
    pass


class Q(collections.deque):
    pass


class C(itertools.chain):
    pass


class P(functools.partial):
    pass


class O(collections.OrderedDict):
    pass


for t in (D, Q, C, P, O):
    show(t)
