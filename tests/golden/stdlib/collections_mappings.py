# collections: defaultdict, OrderedDict, Counter, ChainMap, UserDict/UserList/UserString.
from collections import (defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList,
                         UserString)
import collections


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# ---- defaultdict ----
dd = defaultdict(list)
for k, v in [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]:
    dd[k].append(v)
print(dd, sorted(dd.items()), dd.default_factory, isinstance(dd, dict))
print(dd.get('green'), 'green' in dd, dd['green'], 'green' in dd)
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(cnt, dict(cnt) == {'m': 1, 'i': 4, 's': 4, 'p': 2})
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(list, {1: 2}, a=3))
print(defaultdict(lambda: 'x')[5], type(dd).__name__, type(dd).__module__)
c = dd.copy()
print(c, type(c).__name__, c.default_factory, c == dd, c is dd)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), len(nested))
dd.default_factory = set
dd['new'].add(1)
print(dd['new'], dd | {'z': 0}, type(dd | {'z': 0}).__name__, type({'z': 0} | dd).__name__)
r = defaultdict(list)
r[1] = r
print(r)
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict(None)['x'])
attempt(lambda: defaultdict(dict)['x'])

# ---- OrderedDict ----
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od), od.keys())
od.move_to_end('b', last=False)
print(''.join(od), list(od.values()), list(od.items())[:2])
print(od.popitem(), od.popitem(last=False), od)
od = OrderedDict([('x', 1), ('y', 2)])
od['z'] = 3
od['x'] = 10
print(od, od.keys(), od.values(), od.items(), list(reversed(od)))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 != o2, o1 == dict(b=2, a=1), dict(b=2, a=1) == o1, o1 == o1.copy())
print(OrderedDict(), OrderedDict(o1), o1 | {'c': 3}, type(o1 | {'c': 3}).__name__)
print(o1.setdefault('c', 9), o1.pop('a'), o1.pop('q', 'dflt'), o1)
print('b' in o1.keys(), ('b', 2) in o1.items(), 2 in o1.values(), o1.keys() & {'b'})
r = OrderedDict()
r[1] = r
print(r)
attempt(lambda: OrderedDict().popitem())
attempt(lambda: OrderedDict(a=1).move_to_end('b'))
attempt(lambda: OrderedDict(a=1).pop('b'))

# ---- Counter ----
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(3), c.most_common(0), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=-1, c=0).elements()))
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter())
c.update('aaz')
c.update({'b': 10})
c.subtract(a=100)
print(c)
c.subtract('zz')
print(c, +c, -c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b)
a += Counter(c=1)
a -= Counter(a=5)
print(a)
a |= Counter(b=7)
a &= Counter(b=3, c=5)
print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=3) >= Counter(a=1), Counter(a=1) > Counter(), Counter('ab') == {'a': 1, 'b': 1})
del c['nonexistent']
del c['a']
print(c, c.copy(), type(c.copy()).__name__, Counter(a=1, b='x'))
words = 'the quick the lazy the dog quick'.split()
print(Counter(words).most_common(), dict(Counter(words)))
attempt(lambda: Counter.fromkeys('ab'))
attempt(lambda: Counter(5))

# ---- ChainMap ----
base = {'color': 'red', 'user': 'guest'}
over = {'user': 'admin'}
cm = ChainMap(over, base)
print(cm, cm['user'], cm['color'], len(cm), list(cm), dict(cm), 'color' in cm)
cm['theme'] = 'dark'
print(over, cm.get('nothing'), cm.get('color'))
child = cm.new_child()
child['user'] = 'root'
print(child, child.parents, child['user'], cm['user'])
print(cm.new_child({'a': 1}), cm.new_child(b=2).maps[0], ChainMap(), bool(ChainMap({})))
print(ChainMap.fromkeys('ab', 0), cm.copy(), cm.pop('theme'), cm.maps[0])
print(cm | {'x': 1}, {'x': 1} | cm, type(cm | {}).__name__)
cm.clear()
print(cm, list(cm.items()))
attempt(lambda: ChainMap().pop(1))
attempt(lambda: ChainMap().popitem())
attempt(lambda: ChainMap({}, {1: 2}).__delitem__(1))
attempt(lambda: ChainMap()[1])

# ---- UserDict / UserList / UserString ----
ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), ud.data, 'a' in ud, list(ud), ud.get('z', 0), ud | {'c': 3}, ud.copy())


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()['ab'], isinstance(ud, collections.abc.MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul == [0, 1, 2, 3])
ul.extend(UserList([7]))
ul.reverse()
print(ul, ul.pop(), ul.index(2), ul.count(1), 3 in ul)
us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us + '!', us * 2, us[1:3], len(us), 'ell' in us)
print(us.split('l'), us.replace('l', 'L'), us.center(9, '*'), us == 'Hello', us < 'World')
print(us.startswith('He'), us.find('l'), us.strip('Ho'), type(us.upper()).__name__, str(us))
attempt(lambda: UserDict()[1])

print(sorted(collections.__all__))
