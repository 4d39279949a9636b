import operator as op
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# plain functions against several operand types
for a, b in [(7, 2), (7.5, 2), (-7, 2), ({1, 2}, {2, 3}), (True, False)]:
    row = []
    for name in ['add', 'sub', 'and_', 'or_', 'xor', 'lt', 'ge', 'eq']:
        try:
            row.append(getattr(op, name)(a, b))
        except TypeError as e:
            row.append('TE')
    print(a, b, row)
print(op.matmul.__name__, op.__matmul__.__name__, op.__inv__(3), op.__invert__(3), op.__not__(0))
print(op.truth(''), op.truth(3), op.not_(0), op.abs(-2.5), op.neg(-0.0), op.pos(True))
print(op.contains({'k': 1}, 'k'), op.contains(range(3), 5), op.getitem('abc', -1), op.getitem([1, 2, 3], slice(2)))
print(op.__doc__ is not None, op.add.__doc__, op.iadd.__doc__, op.contains.__doc__)

# in-place functions on mutable and immutable operands
lst, s, t = [1], {1}, (1,)
print(op.iadd(lst, (2, 3)), lst, op.ior(s, {4}), s, op.iadd(t, (2,)), t)
print(op.isub(10, 3), op.imul([0], 2), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(16, 2), op.iand(12, 10), op.ixor(12, 10))
print(op.iconcat([1], (2,)), op.iconcat('a', 'b'))

# index and friends
show(lambda: op.index(True))
show(lambda: op.index(-12))
show(lambda: op.index(2 ** 70))
show(lambda: op.index(1.5))
show(lambda: op.index('3'))


class Idx:
    def __index__(self):
        return 42


show(lambda: op.index(Idx()))
show(lambda: op.concat(1, [2]))
show(lambda: op.concat({}, {}))
show(lambda: op.concat([1], 2))
show(lambda: op.concat((1,), [2]))
show(lambda: op.iconcat(5, 6))
show(lambda: op.countOf(1, 2))
show(lambda: op.indexOf(None, 2))
show(lambda: op.countOf([1, 1.0, True, 2], 1))
show(lambda: op.indexOf(iter('xyz'), 'z'))
nan = float('nan')
show(lambda: op.countOf([nan, nan], nan))
show(lambda: op.indexOf([nan], float('nan')))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


for v in [3, 0, NotImplemented, -1, 'x', 2.0, TypeError('no'), ValueError('bad')]:
    show(lambda: op.length_hint(Hint(v), 11))
show(lambda: op.length_hint([1, 2], 9))
show(lambda: op.length_hint(object()))
show(lambda: op.length_hint(object(), -4))
show(lambda: op.length_hint(iter({1: 2, 3: 4})))
show(lambda: op.length_hint(reversed([1, 2, 3])))
show(lambda: op.length_hint([], 1.5))
show(lambda: op.length_hint([], default=1))
show(lambda: op.call(dict, a=1))
show(lambda: op.call())
show(lambda: op.call(len, [1, 2]))
show(lambda: op.setitem([1, 2], 5, 0))
show(lambda: op.delitem({}, 'k'))
show(lambda: op.getitem(3, 0))
show(lambda: op.truediv(1, 0))
show(lambda: op.add(1, 'a'))
show(lambda: op.lt(1, 'a'))
print(sorted(n for n in dir(op) if n.startswith('__') and n.endswith('__') and n not in
             ('__builtins__', '__cached__', '__file__', '__loader__', '__spec__', '__doc__',
              '__name__', '__package__')))
print(op.__all__ == sorted(op.__all__), len(op.__all__), 'itemgetter' in op.__all__)
