# getsizeof of dicts: 64 for the shared empty table, then the keys table by kind
# (str keys only: 16-byte entries, else 24) and by how the dict grew.
import sys

size = sys.getsizeof
print('empty:', size({}), size(dict()), size({k: 1 for k in ''}))
print('one key:', size({'a': 1}), size({1: 1}), size(dict(a=1)), size({(1,): 1}))
growth = []
d = {}
for i in range(100):
    d['k%d' % i] = i
    if not growth or growth[-1][1] != size(d):
        growth.append((i + 1, size(d)))
print('str keys by insertion:', growth)
growth = []
d = {}
for i in range(100):
    d[i] = i
    if not growth or growth[-1][1] != size(d):
        growth.append((i + 1, size(d)))
print('int keys by insertion:', growth)
print('literals:', size({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}),
      size({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}), size({'a': 1, 2: 2}))
print('comprehension:', size({i: i for i in range(6)}), size({str(i): i for i in range(20)}))

d = {'a': 1}
d[1] = 2
print('str table turned general:', size(d))
d = dict.fromkeys('abcde')
d[5] = 0
print('5 str keys then an int key:', size(d))

d = dict.fromkeys('abcde')
del d['a']
print('after del:', size(d))
d['f'] = 1
print('insert after del (no room left):', size(d))
d = dict.fromkeys(range(20))
for i in range(19):
    del d[i]
print('deleting keeps the table:', size(d))
d.clear()
print('clear:', size(d))

src = dict.fromkeys(range(20))
print('copy:', size(src.copy()), size(dict(src)), size({**src}), size({}.copy()))
for i in range(15):
    del src[i]
print('copy of a sparse dict:', size(src.copy()))
d = {}
d.update(dict.fromkeys('abcdefghij'))
print('update into empty:', size(d))
d = {'x': 1}
d.update(dict.fromkeys('abcdefghij'))
print('update into non-empty:', size(d))
d = dict.fromkeys('ab')
d.update(c=1, d=2)
print('update with keywords:', size(d))
print('fromkeys of a dict:', size(dict.fromkeys(dict.fromkeys('abcdefghijkl'))),
      'of a set:', size(dict.fromkeys({1, 2, 3})), size(dict.fromkeys(set(range(30)))))
print('dict of pairs:', size(dict([(1, 2), (3, 4)])), size(dict(zip('abcdefg', range(7)))))

d = dict.fromkeys('abcdefgh')
d.popitem()
d.popitem()
d['y'] = 1
d['z'] = 2
print('popitem then insert:', size(d))
print('setdefault:', size({}.setdefault('a', 1) and {'a': 1}))
d = {}
d.setdefault('a', []).append(1)
print('after setdefault:', size(d))
