from collections import deque
d = deque(range(10), maxlen=5)
print(d, d.maxlen)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(-1); print(d)
d.extend([100, 101]); print(d)
d.extendleft('ab'); print(d)
print(d.index(7) if 7 in d else 'no7', d.count(100))
try:
    d.index(999)
except ValueError as e:
    print('ValueError', e)
d2 = deque([1, 2, 3])
d2 += [4]
print(d2, d2 * 2, 2 * d2)
print(d2 == deque([1, 2, 3, 4]), d2 < deque([1, 2, 4]))
d2.insert(1, 'x'); print(d2)
d2.remove('x'); print(d2)
d2.reverse(); print(d2)
print(d2.pop(), d2.popleft(), d2)
d3 = deque(maxlen=0); d3.append(1); print(d3)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print('IndexError', e)
e = deque()
try:
    e.pop()
except IndexError as ex:
    print(ex)
try:
    e.popleft()
except IndexError as ex:
    print(ex)
print(repr(deque('abc', 2)), deque([[1]]).copy())
d4 = deque(range(5)); del d4[2]; print(d4, d4[-1], d4[0])
d4[1] = 'z'; print(d4)
d4.clear(); print(d4, len(d4), bool(d4))
print(list(reversed(deque('xyz'))))
try:
    deque([1]).maxlen = 3
except AttributeError as ex:
    print('AttributeError', ex)
def window(seq, n):
    it = iter(seq); w = deque(maxlen=n)
    for x in it:
        w.append(x)
        if len(w) == n:
            yield tuple(w)
print(list(window(range(6), 3)))
