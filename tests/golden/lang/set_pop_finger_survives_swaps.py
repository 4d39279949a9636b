# set.pop's search finger belongs to the set object, not to its table: CPython's
# set_swap_bodies (intersection_update, &=) swaps table, fill and used but keeps the
# finger, and every in-place update (-=, ^=, |=, difference_update, ...) leaves it alone.
import random


class S(set):
    pass


def updates(s, other, r):
    if r == 0:
        s.intersection_update(other)
    elif r == 1:
        s.intersection_update(list(other))
    elif r == 2:
        s &= set(other)
    elif r == 3:
        s &= frozenset(other)
    elif r == 4:
        s.intersection_update(s)
    elif r == 5:
        s &= s
    elif r == 6:
        s.intersection_update(range(-20, 40), set(other) | {0})
    elif r == 7:
        s.symmetric_difference_update(other)
    elif r == 8:
        s ^= set(other)
    elif r == 9:
        s.difference_update(set(other) - {0})
    elif r == 10:
        s -= frozenset(other)
    elif r == 11:
        s.update(other)
    elif r == 12:
        s |= set(other)
    elif r == 13:
        s.clear()
        s.update(other)


random.seed(11)
for kind in (set, S):
    for trial in range(60):
        s = kind(random.sample(range(-10, 60), random.randrange(3, 25)))
        log = []
        for step in range(12):
            if s:
                log.append(s.pop())
            other = random.sample(range(-10, 60), random.randrange(0, 30))
            updates(s, other, random.randrange(14))
            log.append(len(s))
        print(kind.__name__, trial, log, list(s))

# The shape the differential tester found (seed 173).
s = set([50, 128, -6917529027641081853, 64, 4]).copy()
s.symmetric_difference_update({15, 61})
s.add(4)
s.pop()
s.discard(0)
s.intersection_update(range(-23, 46))
s.add(0)
s ^= {18446744073709551617}
print(s.pop(), list(s))
s = {*s, -1}
s ^= {-2}
s.intersection_update(range(-35, 70))
print(list(s), list(frozenset(s)), list(s.copy()))
