# itertools.tee buffers values in links of 57; a link releases its iterator, then its
# values first to last, then the next link (teedataobject_clear).
# Found by scripts/difftest (release_59_1, release_62_49).
import itertools


class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


def case1():
    src = [D('a1'), D('a2'), D('a3')]
    it = itertools.tee(src)[0]
    next(it)
    print(next(it))


case1()
print('--')
src = [D('b1'), D('b2')]
it = itertools.tee(src)[0]
del src
next(it)
next(it)
del it
print('--')
a, b = itertools.tee(iter([D('c%d' % i) for i in range(4)]))
print(next(a), next(a), next(a))
print(next(b))
del a
print('a gone')
del b
print('--')
# more than one link: 60 values, the second link after the first
a, b = itertools.tee(D('e%d' % i) for i in range(60))
for _ in range(59):
    next(a)
print(next(b))
del b
print('b gone')
del a
print('--')
c = itertools.tee([D('f1'), D('f2'), D('f3')], 3)
for x in c[1]:
    pass
print('x is', x)
del x
c = None
print('end')
