# collections: ChainMap lookups, writes, errors, children and operators; UserDict,
# UserList and UserString operators, copies of subclasses, conversions and errors.
import copy
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict


def err(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


base, mid, top = {'a': 1, 'b': 2}, {'b': 20, 'c': 30}, {'c': 300, 'd': 400}
cm = ChainMap(top, mid, base)
print(cm, len(cm), list(cm), list(cm.items()), cm['b'], cm.get('z', 'dflt'), 'a' in cm, bool(cm))
print(ChainMap(), bool(ChainMap({}, {})), ChainMap().maps, ChainMap.fromkeys('xy', 0), ChainMap.fromkeys('q'))
cm['e'] = 5
del cm['c']
print(top, err(lambda: cm.__delitem__('a')), err(lambda: cm['zz']), err(lambda: cm.pop('b')))
print(cm.pop('nope', 'dflt'), cm.popitem(), err(lambda: ChainMap({}, {'a': 1}).popitem()))
child = cm.new_child()
child2 = cm.new_child({'n': 1}, k=2)
child3 = cm.new_child(m=None, k=3)
print(child.maps[0], child2.maps[0], child3.maps[0], child.parents == cm, type(child.parents).__name__)
cp = cm.copy()
cp['new'] = 1
print('new' in cm, cp.maps[1] is cm.maps[1], type(copy.copy(cm)).__name__)
print(cm | {'z': 26}, {'z': 26, 'a': 0} | cm, err(lambda: cm | 5), err(lambda: 5 | cm))
cm |= {'y': 25}
print(cm.maps[0])
cm.clear()
print(cm, cm.maps[0])
loop = ChainMap()
loop.maps.append(loop)
print(loop)


class Defaulting(ChainMap):
    def __missing__(self, key):
        return 'missing %s' % key


print(Defaulting({'a': 1})['q'], Defaulting().get('q', 0), type(Defaulting().new_child()).__name__)

# UserDict
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud.data, UserDict(), UserDict(None, x=1), UserDict([('k', 'v')]), UserDict(dict=3))
print(ud | {'c': 3}, {'c': 3} | ud, ud | UserDict(d=4), err(lambda: ud | [1]), err(lambda: [1] | ud))
ud |= {'e': 5}
ud |= UserDict(f=6)
print(ud, err(lambda: ud['zz']), ud.get('zz', 'no'), 'a' in ud, list(ud), ud.pop('a'), ud.popitem())
print(UserDict.fromkeys('ab', 0), type(ud.copy()).__name__, ud.copy() == ud, ud.copy() is not ud)


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


m = Missing(x=1)
m.note = 'attr'
m2 = m.copy()
m3 = copy.copy(m)
print(m['ab'], m.get('ab'), type(m2).__name__, m2.note, m2.data is not m.data, m3.data == m.data,
      m3.data is not m.data, Missing.fromkeys('a'))

# UserList
ul = UserList([3, 1, 2])
print(ul, UserList(), UserList('ab'), UserList(ul) == ul, UserList(ul).data is not ul.data, UserList((1,)))
print(ul + [4], [0] + ul, ul + (5,), (0,) + ul, ul + UserList([9]), ul * 2, 2 * ul, type(ul[1:]).__name__, ul[0])
print(ul < [4], ul <= UserList([3, 1, 2]), ul == [3, 1, 2], ul > [3], ul >= ul, ul != [3], 2 in ul)
print(err(lambda: ul < 5), err(lambda: hash(ul)), err(lambda: ul + 5))
ul += [7]
ul += UserList([8])
ul += (9,)
ul *= 2
print(ul, len(ul))
ul.append(0); ul.insert(0, -1); ul.extend(UserList([10])); ul.extend((11,))
print(ul.pop(), ul.pop(0), ul.count(3), ul.index(9), ul.index(9, 6), err(lambda: ul.index(99)))
ul.remove(3); ul.reverse(); ul.sort(); ul.sort(key=lambda v: -v, reverse=True)
print(ul, err(lambda: ul.remove(99)), err(lambda: ul.pop(99)))
ul[0] = 'first'; del ul[1]; ul[2:4] = ['s', 't']
print(ul, type(ul.copy()).__name__, copy.copy(ul).data is not ul.data)
ul.clear()
print(ul, err(lambda: UserList(5)))

# UserString
us = UserString('Hello')
print(us, repr(us), len(us), us[1], type(us[1:3]).__name__, us + '!', '>' + us, us + UserString('?'),
      us + 5, us * 2, 3 * us, 'ell' in us, UserString('ell') in us)
print(us == 'Hello', us < 'Z', us <= UserString('Hello'), us > 'A', us >= 'Hello', hash(us) == hash('Hello'))
print(UserString(42), UserString(us) == us, UserString([1]), int(UserString('12')), float(UserString('1.5')),
      complex(UserString('1+2j')))
print(UserString('%s-%d') % ('a', 1), '%s' % UserString('x'), UserString('a{}c').format('b'),
      UserString('{k}').format_map({'k': 'v'}), UserString(',').join(['x', 'y']))
print(us.count('l'), us.count(UserString('l'), 0, 3), us.find('l'), us.rfind('l'), us.index('e'),
      us.rindex('l'), err(lambda: us.index('z')), us.startswith('He'), us.endswith(('o', 'x')))
print(us.upper(), type(us.lower()).__name__, us.center(9, '*'), us.zfill(7), us.replace('l', 'L', 1),
      us.replace(UserString('H'), UserString('J')), us.removeprefix('He'), us.removesuffix(UserString('lo')))
print(us.split('l'), us.partition('l'), us.isalpha(), us.isdigit(), us.encode(), us.encode('utf-16-le'),
      UserString('a\tb').expandtabs(4), us.swapcase(), us.title(), us.strip('Ho'), us.casefold())
print(UserString.maketrans('el', 'ip'), us.translate(UserString.maketrans('el', 'ip')), us.__getnewargs__())


class Shout(UserString):
    pass


s = Shout('hey')
print(type(s.upper()).__name__, type(s + 'x').__name__, type(s[0]).__name__, type(s * 2).__name__,
      type(copy.copy(s)).__name__)
