# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools
from itertools import product, permutations, combinations, combinations_with_replacement


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(product('AB', 'xy')), list(product()), list(product([])))
print(list(product(range(2), repeat=3)))
print(list(product('ab', range(2), repeat=2))[:5], len(list(product('ab', 'cd', repeat=2))))
print(list(product('ab', [], 'cd')), list(product('ab', repeat=0)))
print(list(permutations('ABC')), list(permutations(range(4), 2))[:6])
print(list(permutations('AB', 3)), list(permutations([], 0)), list(permutations('A', 0)))
print(list(permutations('ABC', r=None)) == list(permutations('ABC')))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)), list(combinations([], 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([1], 0)))
print(list(combinations_with_replacement('AB', 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(len(list(combinations_with_replacement(range(5), 3))))
print(sorted(set(permutations('aab'))))
print(list(combinations([1, 1, 2], 2)))

# Inputs are read whole at construction; the results are new tuples each time.
log = []


def src(n):
    for i in range(n):
        log.append(i)
        yield i


p = product(src(3), 'ab')
print(log, next(p), type(next(p)))
log.clear()
c = combinations(src(4), 2)
print(log)
print(type(p), type(c).__name__, type(c).__module__)
print(iter(p) is p, next(c), next(c), list(c))

for cls in (product, permutations, combinations, combinations_with_replacement):
    print(cls, cls.__name__)

attempt(lambda: product(1))
attempt(lambda: product([1], repeat=-1))
attempt(lambda: product([1], foo=1))
attempt(lambda: product(range(2), repeat='a'))
attempt(lambda: permutations())
attempt(lambda: permutations([1], -1))
attempt(lambda: permutations([1], 'a'))
attempt(lambda: permutations([1], 2, 3))
attempt(lambda: combinations([1]))
attempt(lambda: combinations([1], -1))
attempt(lambda: combinations([1], 1.0))
attempt(lambda: combinations(5, 1))
attempt(lambda: combinations(iterable=[1, 2], r=1) and list(combinations(iterable=[1, 2], r=1)))
attempt(lambda: combinations_with_replacement([1]))
attempt(lambda: combinations_with_replacement([1], -1))
