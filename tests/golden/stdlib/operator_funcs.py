import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.pos(-1), operator.abs(-3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abcb", "b"), operator.index(7), operator.index(True))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4))), operator.length_hint(5, 9))
print(operator.call(max, 3, 9), operator.__add__ is operator.add, operator.__not__ is operator.not_)
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2), operator.imul("x", 3), operator.ior({1}, {2}))
for bad in [lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5),
            lambda: operator.index("x"), lambda: operator.length_hint([], "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]))
print(itemgetter(slice(1, None))("hello"), itemgetter("k")({"k": "v"}))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = self

    def scaled(self, k, extra=0):
        return (self.x * k + extra, self.y * k + extra)


p = Point(1, 2)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("inner.inner.y")(p))
print(repr(attrgetter("x", "inner.y")))
print(methodcaller("scaled", 3)(p), methodcaller("scaled", 2, extra=1)(p))
print(repr(methodcaller("scaled", 2, extra=1)), methodcaller("upper")("abc"))
for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
            lambda: methodcaller(), lambda: methodcaller(5), lambda: attrgetter("z")(p),
            lambda: itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
