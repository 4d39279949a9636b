# zip and map hold their iterators in a tuple of their own (zipobject.ittuple,
# mapobject.iters): its death releases the iterators last to first, map then releases
# its function, and the collector counts the tuple and shows it in get_referents.
# A zip refills its own result tuple in place, each old item released as its
# replacement arrives; an iterator that ends midway leaves the new items in it.
# Found by scripts/difftest (release_97_1, release_109_113).
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __call__(self, *args):
        return args


def case1():
    src = [D('a1'), D('a2')]
    it = zip(src, [D('a3'), D('a4')])


case1()
print('--')
src = [D('b1'), D('b2'), D('b3')]
it = zip(src, [D('b4'), D('b5')])
del src
del it
print('--')
m = map(D('f'), [D('c1')], [D('c2')])
del m
print('--')
z = zip([D('z1')], [D('z2')])
t = next(z)
del t
del z
print('--')


def case2():
    src = [D('e1'), D('e2'), D('e3')]
    it = zip(src, [D('e4'), D('e5')])
    del src
    next(it)
    next(it)
    try:
        next(it)
    except StopIteration:
        print('stop')
    del it
    print('dropped')


case2()
print('--')


def gen(tag):
    for i in range(3):
        print('next', tag, i)
        yield D(tag + str(i))


z = zip(gen('x'), gen('y'))
next(z)
next(z)
print('kept', [d.name for d in next(z)])
del z
print('--')
z = zip([D('s1'), D('s2')], [D('s3')], strict=True)
next(z)
try:
    next(z)
except ValueError as e:
    print(e)
del z
print('--')
gc.collect()
lst = []
z = zip(lst, [1])
lst.append(z)
del lst, z
print('zip cycle', gc.collect())
lst = []
m = map(len, lst)
lst.append(m)
del lst, m
print('map cycle', gc.collect())
print([type(x).__name__ for x in gc.get_referents(zip([1], [2]))])
print([type(x).__name__ for x in gc.get_referents(map(len, [1]))])
print('end')
