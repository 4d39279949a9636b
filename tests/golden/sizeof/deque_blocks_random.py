# deque sizes after random operation sequences: sys.getsizeof follows CPython's 64-slot
# blocks (where the first item sits in its block moves with every operation on the ends).
import sys, random
from collections import deque
random.seed(7)
for trial in range(40):
    ml = random.choice([None, None, 0, 1, 5, 70])
    d = deque(range(random.randrange(0, 150)), ml) if random.random() < 0.5 else deque(maxlen=ml)
    changes = []
    last = None
    for step in range(120):
        op = random.randrange(12)
        n = len(d)
        if op == 0: d.append(step)
        elif op == 1: d.appendleft(step)
        elif op == 2 and n: d.pop()
        elif op == 3 and n: d.popleft()
        elif op == 4: d.rotate(random.randrange(-200, 200))
        elif op == 5: d.extend(range(random.randrange(0, 80)))
        elif op == 6: d.extendleft(range(random.randrange(0, 80)))
        elif op == 7 and n and (ml is None or n < ml): d.insert(random.randrange(-n - 2, n + 2), 'i')
        elif op == 8 and n: del d[random.randrange(n)]
        elif op == 9 and random.random() < 0.1: d.clear()
        elif op == 10 and n: d.remove(d[random.randrange(n)])
        elif op == 11 and random.random() < 0.2: d = d.copy()
        size = sys.getsizeof(d)
        if size != last:
            changes.append((step, (size - 216 - 16) // 528))
            last = size
    print(trial, ml, len(d), changes)
