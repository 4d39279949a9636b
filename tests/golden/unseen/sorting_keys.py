from operator import itemgetter, attrgetter
from collections import namedtuple

students = [("john", "A", 15), ("jane", "B", 12), ("dave", "B", 10), ("anna", "A", 12)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=lambda s: (-s[2], s[0])))
S = namedtuple("S", "name grade age")
objs = [S(*s) for s in students]
print([s.name for s in sorted(objs, key=attrgetter("grade", "age"), reverse=True)])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
data = [3, 1, 2]
data.sort(reverse=True)
print(data, sorted("hello"), sorted({3: "a", 1: "b"}), sorted([(1, "b"), (1, "a")]))
print(sorted([1.5, -2, 3, 0]), sorted([[2, 1], [1, 5], [1, 2]]), sorted(["10", "9", "100"], key=int))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted(range(10), key=lambda x: x % 3), min(words), max(words, key=len))
stable = sorted([("b", 1), ("a", 1), ("c", 0)], key=lambda t: t[1])
print(stable)
from functools import cmp_to_key
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9], key=cmp_to_key(compare)))
nums = list(range(20))
print(sorted(nums, key=lambda n: (n % 2 == 0, n))[:6])
print(list(reversed(sorted("zyx"))), "".join(sorted("cba")))
