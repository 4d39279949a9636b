import operator
from operator import attrgetter, itemgetter, methodcaller
from collections import namedtuple, Counter, ChainMap, OrderedDict, defaultdict, deque
print(repr(attrgetter('x')), repr(attrgetter('x', 'y.z')), repr(itemgetter(1)), repr(itemgetter(0, 'a')))
print(repr(methodcaller('split', ',', maxsplit=1)), repr(methodcaller('upper')))
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22); print(p, p[0] + p[1], p._asdict(), p._replace(x=33), Point._fields, Point._make([1, 2]))
print(attrgetter('x', 'y')(p), itemgetter(1, 0)(p), methodcaller('count', 11)(p))
Emp = namedtuple('Emp', 'name dept salary', defaults=[0])
print(Emp._field_defaults, Emp('a', 'b'), Emp.__doc__, Emp.salary.__doc__)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', ['def', 'x'])
except ValueError as e:
    print(e)
print(namedtuple('R', 'a a b', rename=True)._fields, namedtuple('N', 'x', module='m').__module__)
print(sorted([Emp('z', 'd', 3), Emp('a', 'e', 5)], key=attrgetter('salary'), reverse=True))
c = Counter('abracadabra'); print(c, c.most_common(3), c.most_common()[-2:])
d = Counter(a=3, b=1); e = Counter(a=1, b=2, c=-1)
print(d + e, d - e, d & e, d | e, +e, -e, e.total(), d.total())
d.subtract(e); print(d); d.update('aa'); print(d, sorted(d.elements()))
print(Counter({'x': 2, 'y': 2, 'z': 2}).most_common(2), Counter('hello world').most_common(1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), repr(Counter()))
words = "the cat the dog the end cat".split(); print(Counter(words).most_common())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); child = cm.new_child({'c': 4})
print(cm, child, child['a'], child.parents, len(child), sorted(child), child.maps)
child['a'] = 9; print(child.maps[0], cm['a'])
del child['c']
try:
    del child['b']
except KeyError as e:
    print("KeyError", e)
print(cm.new_child(), dict(cm), cm.get('zz', 0), 'b' in cm)
od = OrderedDict.fromkeys('abcde'); od.move_to_end('b'); od.move_to_end('e', last=False); print(od, od.popitem(last=False))
dd = defaultdict(list); dd['x'].append(1); print(dd, dict(dd), repr(defaultdict(int)))
dq = deque([1, 2, 3], maxlen=3); dq.append(4); dq.rotate(1); print(dq, dq.maxlen)
print(operator.add(1, 2), operator.itemgetter(slice(1, 3))('abcd'), operator.index(5), operator.length_hint([1, 2]))
inv = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(sorted(inv, key=itemgetter(1)), list(map(itemgetter(0), inv)))
try:
    attrgetter(1)
except TypeError as e:
    print(e)
try:
    methodcaller()
except TypeError as e:
    print(e)
print(operator.concat([1], [2]), operator.contains([1], 1), operator.countOf([1, 1], 1), operator.is_(None, None), operator.truth(0))
