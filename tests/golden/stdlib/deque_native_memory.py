# collections.deque: item references, the moments __del__ runs, gc tracking, cycles.
import gc
import sys
import weakref
from collections import deque


class Noisy:
    def __init__(self, tag, d=None):
        self.tag = tag
        self.d = d

    def __repr__(self):
        return 'N%s' % self.tag

    def __del__(self):
        print('  del', self.tag, 'deque len', None if self.d is None else len(self.d))


x = object()
print(sys.getrefcount(x))
d = deque([x, x])
print(sys.getrefcount(x))
d.rotate()
d.reverse()
print(sys.getrefcount(x))
it = iter(d)
print(sys.getrefcount(d))
del it
print(sys.getrefcount(d))
del d[0]
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
d = deque([x] * 5)
d *= 3
print(sys.getrefcount(x), len(d))
del d
print(sys.getrefcount(x))

print('pop / popleft')
d = deque([Noisy(1), Noisy(2), Noisy(3)])
d.pop()
d.popleft()
print('after pops', d)
print('maxlen trims the other end')
d = deque(maxlen=2)
for i in range(4):
    d.append(Noisy('a%d' % i, d))
    print(' appended', i)
d.appendleft(Noisy('left', d))
print(' ', d)
d.extend([Noisy('e1', d), Noisy('e2', d)])
print('clear releases first to last, the deque already empty')
d = deque()
d.extend([Noisy('c%d' % i, d) for i in range(3)])
d.clear()
print('setitem releases the old item after the store')
d = deque([0])
d[0] = Noisy('old', d)
d[0] = 'new'
print('del d[i], remove, rotate')
d = deque([Noisy('r%d' % i) for i in range(4)])
d.rotate(2)
print(' rotated', d)
del d[1]
d.remove(d[0])
print(' left', d)
print('dealloc releases first to last')
del d
print('insert / inplace repeat')
d = deque([Noisy('only')])
d *= 0
d = deque([1, 2], maxlen=3)
d.insert(1, Noisy('mid'))
print(' ', d)
del d

print('a __del__ that changes the deque')


class Grower:
    def __init__(self, d, tag):
        self.d = d
        self.tag = tag

    def __del__(self):
        self.d.append('from %s' % self.tag)


d = deque(maxlen=2)
d.append(Grower(d, 'g1'))
d.append(Grower(d, 'g2'))
d.append('x')
print(d)
d2 = deque([Grower(d, 'g3'), Grower(d, 'g4')])
d2.clear()
print(d, d2)

print('gc')
print(gc.is_tracked(deque()), gc.is_tracked(iter(deque())), gc.is_tracked(reversed(deque())))
print(gc.get_referents(deque([1, 'two', None])))
it = iter(deque([5]))
print([type(r).__name__ for r in gc.get_referents(it)])
cyc = deque()
cyc.append(cyc)
holder = Noisy('cycle')
holder.d = cyc
cyc.append(holder)
w = weakref.ref(cyc)
del cyc, holder
print('collected', gc.collect() >= 2, w())
