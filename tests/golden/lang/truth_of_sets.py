# Truth testing of sets and frozensets, and of their subclasses, which may define
# __bool__ or __len__ (the subclass's own method answers; the builtin's otherwise).
import sys

print(bool(set()), bool({1}), bool(frozenset()), bool(frozenset({1})))
s = set()
print("yes" if s else "no", "yes" if not s else "no")
s.add(3)
print("yes" if s else "no")
s.discard(3)
print("yes" if s else "no")


class S(set):
    pass


class SLen(set):
    def __len__(self):
        print("SLen.__len__")
        return 5


class SBool(frozenset):
    def __bool__(self):
        print("SBool.__bool__")
        return False


class SBad(set):
    def __bool__(self):
        return 1


print(bool(S()), bool(S([1])), bool(SLen()), bool(SBool({1, 2})))
if SLen():
    print("SLen() is true")
while SBool({1}):
    break
else:
    print("SBool loop ended")
try:
    bool(SBad())
except TypeError as e:
    print("TypeError:", e)

# The set's count is unchanged by a truth test.
t = {1, 2}
before = sys.getrefcount(t)
for _ in range(10):
    if t:
        pass
print(sys.getrefcount(t) == before)
