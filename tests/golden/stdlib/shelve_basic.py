# shelve: Shelf over a dict and over dbm files, writeback, protocols, closing.
import gc
import os
import pickle
import shelve
import tempfile


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


print(shelve.__all__)
print(shelve.DEFAULT_PROTOCOL == pickle.DEFAULT_PROTOCOL)
print([c.__name__ for c in shelve.DbfilenameShelf.__mro__[:3]])

# a Shelf over a plain dict shows the stored pickles
store = {}
s = shelve.Shelf(store)
s['a'] = [1, 2]
s['b'] = {'x': (1, 'y')}
print(sorted(store), store[b'a'] == pickle.dumps([1, 2], pickle.DEFAULT_PROTOCOL))
print(store[b'a'])
print(s['a'], s['b'], len(s), sorted(s), 'a' in s, 'zz' in s)
print(s.get('a'), s.get('zz'), s.get('zz', 'dflt'))
fetched = s['a']
fetched.append(3)
print('no writeback:', s['a'])
attempt('missing', lambda: s['zz'])
attempt('int key get', lambda: s[1])
attempt('int key set', lambda: s.__setitem__(1, 2))
attempt('int key in', lambda: 1 in s)
attempt('unpicklable', lambda: s.__setitem__('f', lambda: 0))
del s['b']
attempt('deleted', lambda: s['b'])
attempt('del missing', lambda: s.__delitem__('b'))
print(sorted(s.keys()), list(s.values()), sorted(s.items()))
s.update(c=3, d=4)
print(s.pop('c'), s.setdefault('e', 5), s.setdefault('d', 0), sorted(s))
s.close()
print(repr(s.dict), type(s.dict).__name__)
for label, fn in [('get', lambda: s['a']), ('set', lambda: s.__setitem__('a', 1)),
                  ('del', lambda: s.__delitem__('a')), ('len', lambda: len(s)),
                  ('iter', lambda: list(s)), ('in', lambda: 'a' in s),
                  ('getm', lambda: s.get('a')), ('keys', lambda: list(s.keys()))]:
    attempt('closed ' + label, fn)
attempt('close again', s.close)
attempt('sync closed', s.sync)

# protocols and key encodings
for proto in (0, 1, 2, 3, 4, 5, None, -1):
    d = {}
    sh = shelve.Shelf(d, protocol=proto)
    sh['k'] = (1, 'two', 3.0)
    print(proto, d[b'k'][:2], sh['k'])
d = {}
sh = shelve.Shelf(d, keyencoding='latin-1')
sh['é'] = 1
print(d, list(sh))
attempt('unencodable', lambda: sh.__setitem__('€', 1))

# writeback keeps fetched objects and stores them on sync
class Tracking(dict):
    def sync(self):
        print('  mapping sync, keys', sorted(self))

    def close(self):
        print('  mapping close')


t = Tracking()
wb = shelve.Shelf(t, writeback=True)
wb['lst'] = [1]
wb['lst'].append(2)
print('cache', wb.cache, 'stored', pickle.loads(t[b'lst']))
wb.sync()
print('after sync', wb.cache, pickle.loads(t[b'lst']))
wb['lst'].append(3)
print(wb.get('lst'), wb.get('nope', 'd'))
del wb['lst']
print('after del', wb.cache, sorted(t))
wb['z'] = 'zz'
wb.close()
print('closed', sorted(t))
with shelve.Shelf(Tracking()) as ctx:
    ctx['q'] = 1
print('after with', type(ctx.dict).__name__)
tmp_shelf = shelve.Shelf(Tracking())
del tmp_shelf
gc.collect()

# shelves in dbm files
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data')
    with shelve.open(path) as db:
        db['numbers'] = list(range(5))
        db['nested'] = {'a': [1, {'b': 2}]}
        db['text'] = 'héllo'
        print(sorted(db), db['nested'])
    with shelve.open(path, flag='r') as db:
        print(db['numbers'], db['text'], len(db))
        attempt('write read-only', lambda: db.__setitem__('x', 1))
    db = shelve.open(path, writeback=True)
    db['numbers'].append(99)
    db.close()
    db = shelve.DbfilenameShelf(path, 'w', protocol=2)
    print(db['numbers'])
    db['p2'] = 'two'
    db.close()
    db = shelve.open(path, 'n')
    print('new:', len(db))
    db.close()
    attempt('missing file', lambda: shelve.open(os.path.join(tmp, 'nope'), 'r'))
    gc.collect()
