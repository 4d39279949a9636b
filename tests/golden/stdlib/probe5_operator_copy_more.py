import operator as op, copy, collections, functools
print(op.attrgetter('real', 'imag')(3 + 4j), op.itemgetter(-1, 0)('abc'), op.methodcaller('split', ',', 1)('a,b,c'), op.methodcaller('upper')('x'))
ig = op.itemgetter('k'); print(ig({'k': 1}), ig.__reduce__()[0].__name__)
try:
    ig({})
except KeyError as e:
    print('KeyError', e)
try:
    op.itemgetter(5)('ab')
except IndexError as e:
    print('IndexError', e)
try:
    op.methodcaller()
except TypeError as e:
    print('TypeError', e)
try:
    op.methodcaller(5)
except TypeError as e:
    print('TypeError', e)
print(op.length_hint([1, 2]), op.length_hint(iter('abc')), op.length_hint(5, 10), op.length_hint(x for x in 'ab'))
try:
    op.length_hint(5, 'x')
except TypeError as e:
    print('TypeError', e)
class Hint:
    def __length_hint__(self): return -1
try:
    op.length_hint(Hint())
except ValueError as e:
    print('ValueError', e)
a = [1, 2]; b = op.iadd(a, [3]); print(a is b, a)
t = (1,); t2 = op.iadd(t, (2,)); print(t, t2, t is t2)
print(op.ilshift(1, 3), op.ipow(2, 5), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.irshift(16, 2), op.isub(5, 2), op.imatmul.__name__)
import math
print(sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')), functools.reduce(op.mul, range(1, 6)), list(map(op.neg, [1, -2])), sum(map(op.mul, [1, 2], [3, 4])))
print(op.__all__[:5], op.lt.__name__, op.__lt__ is op.lt, op.truth(0), op.is_(1, 1))
class Cls:
    def __init__(self): self.lst = [1]; self.d = {'k': [2]}
o = Cls(); c1 = copy.copy(o); c2 = copy.deepcopy(o)
print(c1.lst is o.lst, c2.lst is o.lst, c2.d == o.d, c2.d['k'] is o.d['k'])
dq = collections.deque([[1], [2]]); cdq = copy.deepcopy(dq); print(cdq, cdq[0] is dq[0], type(cdq).__name__)
od = collections.OrderedDict(a=[1]); cod = copy.copy(od); print(cod, cod['a'] is od['a'], type(cod).__name__)
dd = collections.defaultdict(list, a=[1]); cdd = copy.deepcopy(dd); print(cdd, cdd.default_factory is list, cdd['a'] is dd['a'])
print(copy.copy(range(3)), copy.deepcopy(slice(1, 2)), copy.copy(b'x'), copy.deepcopy(bytearray(b'x')), copy.copy(3.5), copy.deepcopy(None), copy.copy(type), copy.deepcopy(op.add) is op.add)
import re
p = re.compile('a'); print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = re.match('a', 'a'); print(copy.copy(m) is m, copy.deepcopy(m) is m)
class WithSlotsAndDict:
    __slots__ = ('a', '__dict__')
w = WithSlotsAndDict(); w.a = 1; w.b = 2
w2 = copy.copy(w); print(w2.a, w2.b)
class Rx:
    def __reduce_ex__(self, proto):
        return (Rx, (), {'state': proto}, iter([1, 2]), iter([('k', 'v')]))
    def append(self, x): self.__dict__.setdefault('items', []).append(x)
    def extend(self, xs):
        for x in xs: self.append(x)
    def __setitem__(self, k, v): self.__dict__[k] = v
r2 = copy.copy(Rx()); print(sorted(r2.__dict__.items()))
