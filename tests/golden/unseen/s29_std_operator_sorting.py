# Sorting records with operator helpers
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

students = [("jane", "B", 12), ("john", "A", 15), ("dave", "B", 10), ("ann", "A", 12)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(1), reverse=True))
print(itemgetter(0, -1)("abcdef"), itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter("k")({"k": 9}))

class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
        self.address = type("Addr", (), {"city": name[::-1]})()
    def __repr__(self):
        return f"Student({self.name!r})"

objs = [Student(*s) for s in students]
print(sorted(objs, key=attrgetter("age", "name")))
print(attrgetter("address.city")(objs[0]), attrgetter("name", "grade")(objs[1]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", "o")("banana"))
print(repr(itemgetter(1, 2)), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 8]))
print(operator.add(2, 3), operator.sub(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.concat([1], [2]), operator.getitem({"a": 1}, "a"), operator.length_hint(iter([1, 2, 3])))
d = {"x": 1}
operator.setitem(d, "y", 2)
operator.delitem(d, "x")
print(d, operator.index(7), operator.pow(2, 10), operator.lshift(1, 4), operator.xor(6, 3))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.imul("ab", 2), operator.matmul.__name__)
counts = {"red": 3, "blue": 7, "green": 5}
print(max(counts.items(), key=itemgetter(1)), sorted(counts, key=counts.get))
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(objs[0])
except AttributeError as e:
    print("AttributeError:", e)
