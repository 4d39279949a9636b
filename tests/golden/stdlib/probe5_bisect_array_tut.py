import bisect, array
class SortedList:
    def __init__(self, it=()):
        self._l = sorted(it)
    def add(self, x): bisect.insort(self._l, x)
    def remove(self, x):
        i = bisect.bisect_left(self._l, x)
        if i == len(self._l) or self._l[i] != x:
            raise ValueError(f'{x!r} not in list')
        del self._l[i]
    def count_range(self, lo, hi): return bisect.bisect_right(self._l, hi) - bisect.bisect_left(self._l, lo)
    def __repr__(self): return f'SortedList({self._l})'
s = SortedList([5, 1, 9, 3])
s.add(4); s.add(4); s.remove(9)
print(s, s.count_range(2, 4))
try:
    s.remove(100)
except ValueError as e:
    print('ValueError', e)
times = [0, 60, 120, 180]
labels = ['night', 'morning', 'noon', 'evening', 'late']
print([labels[bisect.bisect(times, t)] for t in [-1, 0, 30, 61, 179, 180, 500]])
temps = array.array('f', [20.5, 21.0, 19.75])
temps.append(22.25)
print(temps, sum(temps) / len(temps), temps.tolist(), max(temps))
ids = array.array('L', range(5)); ids[1:3] = array.array('L', [10, 11, 12]); print(ids, ids.itemsize >= 4)
del ids[::2]; print(ids)
raw = array.array('H', [1, 256, 65535]).tobytes(); print(raw.hex(), array.array('H', raw))
big = array.array('q', [-1]); print(big, big.tobytes().hex())
ch = array.array('u', 'abc'); ch.extend('de'); ch.fromunicode('f'); print(ch, ch.tounicode(), ch[::-1].tounicode())
try:
    ids.extend([1.5])
except TypeError as e:
    print('TypeError', e)
try:
    array.array('i').fromunicode('x')
except ValueError as e:
    print('ValueError', e)
try:
    ids[10]
except IndexError as e:
    print('IndexError', e)
try:
    ids[0:1] = [1]
except TypeError as e:
    print('TypeError', e)
print(array.array('i', [1, 2]) * 0, array.array('d') == array.array('f'), array.array('b', [1]) == array.array('h', [1]), list(reversed(array.array('i', [1, 2, 3]))))
