import operator
from operator import attrgetter, itemgetter, methodcaller
from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cid", "eng", 100), Employee("dee", "ops", 95)]
print(sorted(staff, key=attrgetter("dept", "salary")))
print(sorted(staff, key=itemgetter(2), reverse=True)[0])
print(list(map(itemgetter(0), staff)))
g = attrgetter("name")
print(repr(g), repr(attrgetter("a.b", "c")), repr(itemgetter(1)), repr(itemgetter("a", 2)))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("upper")))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("replace", "a", "o")("banana"))

class Addr:
    city = "Oslo"
class Person:
    addr = Addr()
print(attrgetter("addr.city")(Person()), attrgetter("addr.city", "addr")(Person())[0])
try:
    attrgetter("missing")(Person())
except AttributeError as e:
    print("AttributeError:", e)
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError:", e)
try:
    itemgetter("k")({})
except KeyError as e:
    print("KeyError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    methodcaller()
except TypeError as e:
    print("TypeError:", e)
print(itemgetter(slice(1, 3))("abcdef"), itemgetter(-1)([1, 2, 3]))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 2), operator.neg(3), operator.pos(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth([]))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 9))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, 0))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iconcat("a", "b"), operator.ipow(2, 3), operator.matmul.__name__)
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
print(operator.__add__ is operator.add, operator.attrgetter.__name__, operator.call(len, "abc") if hasattr(operator, "call") else "no call")
