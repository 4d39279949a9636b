# When product, permutations, combinations and combinations_with_replacement find their
# end they have already copied a result the caller still holds (so they let go of the
# tuple returned last), and product has rolled every position over to its pool's first
# item. An empty pool leaves product holding the first items of the pools before it.
# Found by scripts/difftest (release_68_161).
import itertools
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


def case():
    src = [D('a'), D('b'), D('c')]
    it = itertools.product(src, repeat=1)
    print(len(list(it)) if it else 0)


case()
print('--')
for make in (lambda s: itertools.product(s, s), lambda s: itertools.permutations(s),
             lambda s: itertools.combinations(s, 2),
             lambda s: itertools.combinations_with_replacement(s, 2),
             lambda s: itertools.product(s)):
    src = [D('x'), D('y')]
    it = make(src)
    res = list(it)
    print(res, sys.getrefcount(res[-1]), sys.getrefcount(res[0]))
    del src, res
    print('src and results gone')
    del it
    print('--')
# the last result dropped by the caller before the end: kept in place
src = [D('p'), D('q')]
it = itertools.product(src, [1, 2])
for t in it:
    print(t)
    del t
del src
print('src gone')
del it
print('--')
src = [D('m'), D('n')]
it = itertools.product(src, [])
print(list(it))
del src
print('src gone')
del it
print('--')
it = itertools.product([D('u')], [D('v')], [], [D('w')])
print(list(it), list(it))
print('end')
