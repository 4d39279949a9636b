import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
nested = {'name': 'widget', 'tags': ['a' * 10, 'b' * 10, 'c' * 10, 'd' * 10], 'dims': {'w': 10, 'h': 20, 'nested': {'deep': [1, 2, {'deeper': (3, 4)}]}}, 'ids': list(range(30))}
pprint.pprint(nested)
pprint.pprint(nested, width=40, indent=2)
pprint.pprint(nested, depth=2)
pprint.pprint(nested, compact=True, width=50)
pprint.pprint(nested, sort_dicts=False, width=200)
print(pprint.pformat({'x': 10 ** 12, 'y': 123456789}, underscore_numbers=True))
pprint.pprint([('x' * 30, 'y' * 30), frozenset(range(5)), set('ab') & set('a')])
pprint.pprint('a long string ' * 8, width=30)
pprint.pprint(b'bytes value ' * 8, width=30)
pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=30)
pprint.pprint(defaultdict(list, {'k' * 20: [1] * 10, 'z': []}), width=40)
pprint.pprint(Counter('mississippi' * 3), width=30)
pprint.pprint(deque(range(25), maxlen=30), width=30)
pprint.pprint(ChainMap({'a': 1}, {'b': list(range(20))}), width=30)
r = [1, 2]; r.append(r); print(pprint.pformat(r).replace(str(id(r)), 'ID')); print(pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r).replace(str(id(r)), 'ID'))
pp = pprint.PrettyPrinter(width=20, indent=4)
pp.pprint({'alpha': [1, 2, 3], 'beta': {'g': 1}})
print(pp.pformat(list(range(12))))
pprint.pp({'b': 1, 'a': 2})
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    values: list = field(default_factory=list)
pprint.pprint([Item('abc' * 5, list(range(15)))], width=40)
import types
pprint.pprint(types.SimpleNamespace(a=1, b='x' * 40, c=[1, 2]), width=30)
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print(e)
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(e)
