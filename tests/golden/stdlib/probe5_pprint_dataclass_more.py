import pprint, dataclasses, collections, types
@dataclasses.dataclass
class Address:
    street: str
    city: str
    zipcode: str = '00000'
@dataclasses.dataclass
class Person:
    name: str
    age: int
    addresses: list = dataclasses.field(default_factory=list)
    meta: dict = dataclasses.field(default_factory=dict)
    hidden: int = dataclasses.field(default=0, repr=False)
p = Person('Alexandra Example', 42, [Address('1 Long Street Name Avenue', 'Springfield'), Address('2 Short St', 'Shelbyville', '12345')], {'tags': ['a', 'b'], 'score': 9.5})
pprint.pprint(p)
pprint.pprint(p, width=120)
pprint.pprint(p, width=40)
pprint.pprint([p, p], depth=2)
pprint.pprint({'people': [p]}, indent=4, width=60)
@dataclasses.dataclass
class Empty:
    pass
pprint.pprint(Empty()); pprint.pprint([Empty()] * 3)
@dataclasses.dataclass(repr=False)
class NoRepr:
    x: int
    def __repr__(self): return 'NoRepr!'
pprint.pprint([NoRepr(1)] * 12, width=30)
class Sub(Person):
    pass
pprint.pprint(Sub('s', 1), width=20)
pprint.pprint(collections.OrderedDict(), width=20); pprint.pprint(collections.Counter(), width=20); pprint.pprint(collections.defaultdict(int), width=20); pprint.pprint(collections.deque(), width=20)
pprint.pprint(types.MappingProxyType({'a': list(range(30))}), width=40)
pprint.pprint({'bytes': b'\x00\x01' * 30, 'ba': bytearray(b'abc' * 20)}, width=40)
pprint.pprint(['x' * 100], width=50)
pprint.pprint('a' * 10 + ' ' + 'b' * 100, width=20)
pprint.pprint(('tuple', ['list', {'dict': {'set': {1, 2, 3}}}]), width=15)
pprint.pprint(set(range(30)), width=40); pprint.pprint(frozenset(range(30)), width=40); pprint.pprint(frozenset(), width=40)
print(pprint.pformat({'a': 1, 'b': 2}, width=1), pprint.pformat([1, [2, [3, [4]]]], depth=2), pprint.pformat((1,), width=1))
pprint.pprint({3: 'c', 1: 'a', 2: 'b', 'x': 0, (1, 2): 'tuple key'}.items() if False else {3: 'c', 1: 'a', 2: 'b'})
try:
    pprint.pprint({1: 'a', 'b': 2})
except TypeError as e:
    print('TypeError', e)
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10 ** 10], underscore_numbers=True), pprint.pformat(1.5, underscore_numbers=True))
