# Counts a generator sees of itself, of its last item and of the iterable it was made
# from while builtins and builtin iterator types consume it, and when the items they
# drop die: C code borrows what it iterates, so no extra reference may show.
import sys
import collections
import itertools
import operator

rc = sys.getrefcount
rec = []


class D:
    def __init__(self, i):
        self.i = i

    def __repr__(self):
        return f'D{self.i}'

    def __lt__(self, o):
        return self.i < o.i

    def __gt__(self, o):
        return self.i > o.i


class DD(D):
    def __del__(self):
        rec.append(f'd{self.i}')


SHAPES = {
    'obj': D,
    'byte': lambda i: i,
}


def gself(n, shape):
    for i in range(n):
        rec.append(rc(g))
        yield shape(i)


def gitem(n, shape):
    last = None
    for i in range(n):
        if last is not None:
            rec.append(rc(last))
        last = shape(i)
        yield last
    rec.append(rc(last))


class Src:
    def __init__(self, n, shape):
        self.n = n
        self.shape = shape

    def __iter__(self):
        for i in range(self.n):
            rec.append(rc(self))
            yield self.shape(i)


def gdel(n, shape):
    for i in range(n):
        rec.append(f'y{i}')
        yield DD(i)
    rec.append('end')


def run(name, cons, shape='obj', kinds=('self', 'item', 'src', 'del')):
    global g
    for kind in kinds:
        rec.clear()
        if kind == 'del' and shape != 'obj':
            continue
        make = {'self': gself, 'item': gitem, 'src': Src, 'del': gdel}[kind]
        g = make(3, SHAPES[shape])
        r = cons(g)
        if kind == 'del':
            rec.append('ret')
        del r
        g = None
        print(f'{name:16} {kind:5} {rec}')


run('enumerate', lambda x: list(enumerate(x)))
run('enumerate_start', lambda x: list(enumerate(x, 5)))
run('enumerate_kw', lambda x: list(enumerate(iterable=x, start=1)))
run('zip', lambda x: list(zip(x, range(5))))
run('map', lambda x: list(map(lambda v: v, x)))
run('filter', lambda x: list(filter(None, x)))
run('filter_false', lambda x: list(filter(lambda v: False, x)))
run('sorted_key', lambda x: sorted(x, key=lambda v: 0))
run('min', lambda x: min(x))
run('max', lambda x: max(x))
run('min_key', lambda x: min(x, key=lambda v: v))
run('max_default', lambda x: max(x, default=None))
run('bytes', lambda x: bytes(x), shape='byte', kinds=('self', 'src'))
run('bytearray', lambda x: bytearray(x), shape='byte', kinds=('self', 'src'))
run('deque', lambda x: collections.deque(x))
run('deque_maxlen', lambda x: collections.deque(x, 2))
run('permutations', lambda x: list(itertools.permutations(x, 2)))
run('combinations', lambda x: list(itertools.combinations(x, 2)))
run('countOf', lambda x: operator.countOf(x, None))
run('comb_wr', lambda x: list(itertools.combinations_with_replacement(x, 2)))

# bytes() and bytearray() read one item at a time: a bad item stops the reading.
def bad():
    yield 1
    rec.append('before 300')
    yield 300
    rec.append('after 300')
    yield 2
for make in (bytes, bytearray):
    rec.clear()
    try:
        make(bad())
    except ValueError as e:
        rec.append(str(e))
    print(make.__name__, rec)
