# collections.deque: the deque changed by Python code while a method walks it.
from collections import deque


class Meddler:
    """An item whose comparison changes the deque holding it."""

    def __init__(self, mode):
        self.mode = mode
        self.d = None

    def __eq__(self, other):
        if self.mode == 'clear':
            self.d.clear()
        elif self.mode == 'pop':
            self.d.pop()
        elif self.mode == 'append':
            self.d.append(0)
        elif self.mode == 'set':
            self.d[0] = 5
        elif self.mode == 'reverse':
            self.d.reverse()
        elif self.mode == 'match':
            self.d.append(0)
            return True
        return False

    def __lt__(self, other):
        return False


def run(mode, op):
    d = deque([1, 2, 3])
    a, b = Meddler(mode), Meddler(mode)
    a.d = b.d = d
    d.appendleft(a)
    d.append(b)
    try:
        if op == 'remove':
            r = d.remove(9)
        elif op == 'index':
            r = d.index(9)
        elif op == 'count':
            r = d.count(9)
        elif op == 'in':
            r = 9 in d
        elif op == '==':
            r = d == deque([9, 9, 9, 9, 9])
        elif op == '<':
            r = d < deque([9, 9, 9, 9, 9])
        print(mode, op, r, len(d))
    except Exception as e:
        print(mode, op, type(e).__name__, e, len(d))


for mode in ['clear', 'pop', 'append', 'set', 'reverse', 'match']:
    for op in ['remove', 'index', 'count', 'in', '==', '<']:
        run(mode, op)

print('iterators')
for change in ['append', 'pop', 'rotate', 'clear', 'setitem', 'reverse']:
    for make in [iter, reversed]:
        d = deque(range(5))
        it = make(d)
        out = [next(it)]
        getattr(d, change)(*{'append': (9,), 'rotate': (1,)}.get(change, ())) \
            if change != 'setitem' else d.__setitem__(1, 'S')
        try:
            out.extend(it)
        except RuntimeError as e:
            out.append(str(e))
        out.append(it.__length_hint__())
        print(change, make.__name__, out)

print('extend from a generator that changes the deque')
d = deque([1, 2])


def gen():
    yield 'a'
    d.clear()
    yield 'b'
    d.appendleft('c')
    yield 'd'


d.extend(gen())
print(d)
d = deque([1, 2, 3], maxlen=4)


def gen_left():
    for x in range(3):
        d.append(x)
        yield 'L%d' % x


d.extendleft(gen_left())
print(d)
d = deque([1, 2])
d.extend(d)
d.extendleft(d)
print(d)
d += d
print(d, len(d))
