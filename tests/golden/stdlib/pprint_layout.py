# pprint: how pprint/pformat break nested structures over lines for each width,
# indent, depth, compact and sort_dicts; strings and bytes split into literals;
# the collections types and dataclasses; recursion; saferepr/isreadable/isrecursive.
import pprint
import collections
import dataclasses

data = {'b': [1, 2, 3] * 10, 'a': ('x' * 30, 'y' * 30), 'c': {'nested': list(range(30))},
        'd': {3: 'three', 1: 'one', 2: 'two'}, 'e': set(range(12)), 'f': frozenset({3, 1, 2}),
        'g': (1,), 'h': [], 'i': {}, 'j': (), 'k': 'short', 10: None, (1, 2): [{'deep': [1, [2, [3]]]}]}
try:
    pprint.pprint(data)
except TypeError as e:
    print('TypeError', e)
data.pop(10)
data.pop((1, 2))
pprint.pprint(data)
for width in (1, 20, 40, 60):
    print(width)
    pprint.pprint(data, width=width)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(5))] * 6 + ['abc' * 5] * 3, width=30, compact=True)
pprint.pprint(data, indent=4, width=50, sort_dicts=False)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=40)
pprint.pp({'z': 1, 'a': [2] * 30}, width=30)
pprint.pprint(10 ** 12, underscore_numbers=True)
pprint.pprint([10 ** 12, 1234567], underscore_numbers=True, width=10)
text = 'a long string with words and spaces ' * 6 + '\nsecond line\n' + 'x' * 90
pprint.pprint(text, width=40)
pprint.pprint([text], width=50)
pprint.pprint({'key': text}, width=60)
pprint.pprint('no-spaces-' * 12, width=30)
pprint.pprint(b'bytes ' * 15, width=40)
pprint.pprint([b'\x00\xff' * 30, bytearray(b'abcdefgh' * 8)], width=40)
pprint.pprint(bytearray(b'12345'), width=5)
od = collections.OrderedDict((str(i) * 5, i) for i in range(8))
dd = collections.defaultdict(list, {'key%d' % i: [i] * 4 for i in range(5)})
ct = collections.Counter('abracadabra' * 5)
dq = collections.deque(range(30), maxlen=40)
dq2 = collections.deque(range(30))
cm = collections.ChainMap({'a': 1, 'b': list(range(20))}, {'c': 3})
for o in (od, dd, ct, dq, dq2, cm, collections.OrderedDict(), collections.deque()):
    pprint.pprint(o, width=40)


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = dataclasses.field(default='p', repr=False)


pprint.pprint([Point(1, list(range(25))), Point(2, [])], width=40)
l = [1, 2]
l.append(l)
d = {'self': None}
d['self'] = d
print(pprint.pformat(l).replace(str(id(l)), 'ID'), pprint.pformat(d).replace(str(id(d)), 'ID'))
print(pprint.saferepr(l).replace(str(id(l)), 'ID'), pprint.isrecursive(l), pprint.isreadable(l))
print(pprint.saferepr({'b': 1, 'a': [object]}), pprint.isreadable([1, 'a', (2,)]),
      pprint.isreadable([object()]), pprint.isrecursive([[1]]))
printer = pprint.PrettyPrinter(width=30, indent=2)
print(printer.pformat(data['c']), printer.isreadable(data), printer.isrecursive(data))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)


class Sub(dict):
    pass


class OwnRepr(list):
    def __repr__(self):
        return 'OwnRepr!'


pprint.pprint(Sub(a=list(range(30))), width=40)
pprint.pprint(OwnRepr(range(100)), width=10)
print(pprint.__all__)
