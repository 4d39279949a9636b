# collections.deque: sys.getsizeof, item references and __del__ order after random
# operation sequences (CPython's 64-slot blocks; where the first item sits in its block
# moves with every operation on the ends, rotations, inserts and deletions).
import random
import sys
from collections import deque

random.seed(11)
log = []


class T:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        log.append(self.v)

    def __eq__(self, other):
        return isinstance(other, T) and other.v == self.v

    def __repr__(self):
        return 'T%d' % self.v


class D(deque):
    pass


for trial in range(14):
    maxlen = random.choice([None, None, 0, 1, 3, 70, 130])
    cls = random.choice([deque, deque, D])
    d = cls([T(i) for i in range(random.randrange(0, 150))], maxlen)
    sizes = []
    for step in range(110):
        op = random.randrange(22)
        n = len(d)
        k = trial * 1000 + step
        try:
            if op == 0:
                d.append(T(k))
            elif op == 1:
                d.appendleft(T(k))
            elif op == 2:
                d.pop()
            elif op == 3:
                d.popleft()
            elif op == 4:
                d.rotate(random.randrange(-300, 300))
            elif op == 5:
                d.extend(T(k + j) for j in range(random.randrange(0, 80)))
            elif op == 6:
                d.extendleft([T(k + j) for j in range(random.randrange(0, 80))])
            elif op == 7:
                d.insert(random.randrange(-n - 3, n + 3), T(k))
            elif op == 8:
                del d[random.randrange(-n - 2, n + 2)]
            elif op == 9 and random.random() < 0.2:
                d.clear()
            elif op == 10 and n:
                d.remove(d[random.randrange(n)])
            elif op == 11 and random.random() < 0.3:
                d = d.copy()
            elif op == 12:
                d[random.randrange(-n - 2, n + 2)] = T(k)
            elif op == 13:
                log.append(d.index(T(random.randrange(k)), random.randrange(-5, 50)))
            elif op == 14:
                log.append(d.count(T(random.randrange(k))))
            elif op == 15:
                d *= random.randrange(-1, 4)
            elif op == 16 and random.random() < 0.3:
                d = d * random.randrange(-1, 3)
            elif op == 17:
                d.reverse()
            elif op == 18:
                d += [T(k), T(k + 1)]
            elif op == 19:
                d.__init__([T(k)] * random.randrange(3), random.choice([None, 2, 50]))
            elif op == 20 and n:
                log.append(sys.getrefcount(d[random.randrange(n)]))
            elif op == 21:
                log.append(T(random.randrange(k)) in d)
        except (IndexError, ValueError) as e:
            log.append((type(e).__name__, str(e)))
        sizes.append((len(d), sys.getsizeof(d) - 16, d.__sizeof__()))
    print(trial, maxlen, cls.__name__, repr(d)[:120])
    print('  sizes', sizes)
    del d
    print('  log', log)
    log.clear()
