# A list's getsizeof is 56 + 8 * allocated slots; how it was built decides the slots.
import sys

cap = lambda l: (sys.getsizeof(l) - 56) // 8

print('literals:', [cap(x) for x in ([], [1], [1, 2])])
a = [1, 2, 3]
print('unpack:', cap([*a]), cap([*a, 4]), cap([0, *a]), cap([*range(10)]))
print('list():', cap(list(range(10))), cap(list(range(5))), cap(list(x for x in range(10))),
      cap(list(iter([1, 2, 3]))), cap(list((1, 2, 3))), cap(list({1: 1, 2: 2})), cap(list('abcde')),
      cap(list()), cap(list([])))
print('comprehension:', [cap([i for i in range(n)]) for n in range(12)])
print('repeat:', cap([0] * 10), cap([1, 2] * 3), cap([] * 5), cap([1] * 0))

l = list(range(10)); l.append(1); print('append to exact:', cap(l))
l = list(range(10)); l.extend([1]); print('extend by one:', cap(l))
l = list(range(10)); l.extend(range(5)); print('extend by range(5):', cap(l))
l = []; l.extend(range(5)); print('empty extend range(5):', cap(l))
l = []; l.extend(range(100)); print('empty extend range(100):', cap(l))
l = []; l.extend(x for x in range(10)); print('extend generator of 10:', cap(l))
l = list(range(8)); l.extend(x for x in range(10)); print('extend 8 by generator of 10:', cap(l))
l = [1, 2]; l.extend(l); print('extend by itself:', cap(l))
l = list(range(10)); l.insert(0, 1); print('insert:', cap(l))
l = list(range(10))
print('copies:', cap(l[:]), cap(l[2:5]), cap(l[::2]), cap(l.copy()))

l = list(range(100))
seen = []
for i in range(100):
    l.pop()
    if not seen or seen[-1] != cap(l):
        seen.append(cap(l))
print('pop shrinks:', seen)
l = list(range(100)); l.remove(5); print('remove:', cap(l))
l = list(range(100))
for i in range(60):
    l.remove(i)
print('remove 60:', cap(l))
l = list(range(10)); l.sort(); print('sort keeps:', cap(l))
l = [3, 1, 2] * 5; l.sort(reverse=True); print('sort reverse keeps:', cap(l))
l = list(range(10)); l.reverse(); print('reverse keeps:', cap(l))
l = [1] * 10; l.clear(); print('clear:', cap(l))
l.append(1); print('append after clear:', cap(l))
print('concatenation:', cap([1, 2] + [3]))

l = []
changes = []
for i in range(200):
    l.insert(0, i)
    if not changes or changes[-1] != cap(l):
        changes.append(cap(l))
print('insert growth:', changes)
