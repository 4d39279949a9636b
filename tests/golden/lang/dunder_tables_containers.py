# Special methods of the builtin sequences, mappings, sets, ranges, slices, dict views and
# iterators: each type's own table as CPython 3.11's (no __add__ on dict or set, list.__hash__
# None, dict.__or__, set.__iand__, the views' set operators...), hasattr and dir(), and calls.
# Generated expectations come from CPython 3.11 (scripts/regen_goldens.sh).


def dunder(k):
    return k.startswith("__") and k.endswith("__")


def own_methods(cls):
    """The special methods a type defines itself (data descriptors left out)."""
    return sorted(k for k, v in cls.__dict__.items() if dunder(k) and not hasattr(type(v), "__set__"))


def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "-> EXC", type(e).__name__, e)


TYPES = [
    ('str', str),
    ('bytes', bytes),
    ('bytearray', bytearray),
    ('list', list),
    ('tuple', tuple),
    ('dict', dict),
    ('set', set),
    ('frozenset', frozenset),
    ('range', range),
    ('slice', slice),
    ('dict_keys', type({}.keys())),
    ('dict_values', type({}.values())),
    ('dict_items', type({}.items())),
    ('list_iterator', type(iter([]))),
    ('list_reverseiterator', type(reversed([]))),
    ('tuple_iterator', type(iter(()))),
    ('str_ascii_iterator', type(iter(''))),
    ('range_iterator', type(iter(range(0)))),
    ('dict_keyiterator', type(iter({}))),
    ('dict_valueiterator', type(iter({}.values()))),
    ('dict_itemiterator', type(iter({}.items()))),
    ('set_iterator', type(iter(set()))),
    ('callable_iterator', type(iter(int, 1))),
    ('enumerate', type(enumerate([]))),
    ('zip', type(zip())),
    ('map', type(map(len, []))),
    ('filter', type(filter(None, []))),
    ('reversed', type(reversed(''))),
]
for name, cls in TYPES:
    print(name, "own:", " ".join(own_methods(cls)))
    print(name, "hash is None:", cls.__hash__ is None)
for name, cls in [('str', str), ('list', list), ('tuple', tuple), ('dict', dict), ('set', set), ('frozenset', frozenset), ('range', range), ('slice', slice), ('list_iterator', type(iter([]))), ('list_reverseiterator', type(reversed([]))), ('tuple_iterator', type(iter(()))), ('str_ascii_iterator', type(iter(''))), ('range_iterator', type(iter(range(0)))), ('dict_keyiterator', type(iter({}))), ('dict_valueiterator', type(iter({}.values()))), ('dict_itemiterator', type(iter({}.items()))), ('set_iterator', type(iter(set()))), ('callable_iterator', type(iter(int, 1))), ('enumerate', type(enumerate([]))), ('zip', type(zip())), ('map', type(map(len, []))), ('filter', type(filter(None, []))), ('reversed', type(reversed('')))]:
    print(name, "dir:", " ".join(dir(cls)))
NAMES = ['__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__complex__', '__contains__', '__divmod__', '__float__', '__floor__', '__floordiv__', '__getitem__', '__getnewargs__', '__iadd__', '__iand__', '__imul__', '__index__', '__int__', '__invert__', '__ior__', '__isub__', '__iter__', '__ixor__', '__len__', '__lshift__', '__mod__', '__mul__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__reversed__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__setitem__', '__delitem__', '__sub__', '__truediv__', '__trunc__', '__xor__', '__hash__', '__format__', '__sizeof__', '__reduce__', '__class_getitem__', '__getformat__', '__bytes__', '__alloc__', '__length_hint__', '__next__', '__setstate__', '__get__', '__set__', '__delete__', '__call__', '__init__', '__new__', '__del__', '__missing__', '__enter__', '__exit__']
for name, cls in TYPES:
    print(name, "has:", " ".join(n for n in NAMES if hasattr(cls, n)))

print('-- strings and bytes')
show("'ab'.__add__('c')", lambda: 'ab'.__add__('c'))
show("'ab'.__add__(1)", lambda: 'ab'.__add__(1))
show("'ab'.__mul__(2)", lambda: 'ab'.__mul__(2))
show("'ab'.__rmul__(2)", lambda: 'ab'.__rmul__(2))
show("'%d-%s'.__mod__((1, 'x'))", lambda: '%d-%s'.__mod__((1, 'x')))
show("'ab'.__rmod__('%s!')", lambda: 'ab'.__rmod__('%s!'))
show("'ab'.__rmod__(1)", lambda: 'ab'.__rmod__(1))
show("'ab'.__contains__('a')", lambda: 'ab'.__contains__('a'))
show("'ab'.__contains__(1)", lambda: 'ab'.__contains__(1))
show("'ab'.__getitem__(1)", lambda: 'ab'.__getitem__(1))
show("'ab'.__len__()", lambda: 'ab'.__len__())
show("'ab'.__iter__().__next__()", lambda: 'ab'.__iter__().__next__())
show("'ab'.__getnewargs__()", lambda: 'ab'.__getnewargs__())
show("'ab'.__str__()", lambda: 'ab'.__str__())
show("'ab'.__repr__()", lambda: 'ab'.__repr__())
show("'ab'.__format__('>5')", lambda: 'ab'.__format__('>5'))
show("'ab'.__eq__('ab')", lambda: 'ab'.__eq__('ab'))
show("'ab'.__eq__(1)", lambda: 'ab'.__eq__(1))
show("'ab'.__lt__('b')", lambda: 'ab'.__lt__('b'))
show("'ab'.__lt__(1)", lambda: 'ab'.__lt__(1))
show("'ab'.__hash__() == hash('ab')", lambda: 'ab'.__hash__() == hash('ab'))
show("b'ab'.__add__(b'c')", lambda: b'ab'.__add__(b'c'))
show("b'ab'.__add__(bytearray(b'c'))", lambda: b'ab'.__add__(bytearray(b'c')))
show("b'ab'.__add__(1)", lambda: b'ab'.__add__(1))
show("b'ab'.__mul__(2)", lambda: b'ab'.__mul__(2))
show("b'ab'.__rmul__(2)", lambda: b'ab'.__rmul__(2))
show("b'ab'.__bytes__()", lambda: b'ab'.__bytes__())
show("b'ab'.__getnewargs__()", lambda: b'ab'.__getnewargs__())
show("b'ab'.__str__()", lambda: b'ab'.__str__())
show("b'ab'.__contains__(97)", lambda: b'ab'.__contains__(97))
show("b'ab'.__contains__(b'b')", lambda: b'ab'.__contains__(b'b'))
show("b'ab'.__eq__(bytearray(b'ab'))", lambda: b'ab'.__eq__(bytearray(b'ab')))
show("b'ab'.__eq__('ab')", lambda: b'ab'.__eq__('ab'))
show("b'ab'.__lt__(b'b')", lambda: b'ab'.__lt__(b'b'))
show("b'%d:%s'.__mod__((5, b'x'))", lambda: b'%d:%s'.__mod__((5, b'x')))
show("b'ab'.__rmod__(1)", lambda: b'ab'.__rmod__(1))
show("bytearray(b'ab').__add__(b'c')", lambda: bytearray(b'ab').__add__(b'c'))
show("bytearray(b'ab').__mul__(2)", lambda: bytearray(b'ab').__mul__(2))
show("bytearray(b'ab').__rmul__(2)", lambda: bytearray(b'ab').__rmul__(2))
show("bytearray(b'ab').__iadd__(b'c')", lambda: bytearray(b'ab').__iadd__(b'c'))
show("bytearray(b'ab').__imul__(2)", lambda: bytearray(b'ab').__imul__(2))
show("bytearray(b'ab').__alloc__()", lambda: bytearray(b'ab').__alloc__())
show("bytearray(b'ab').__reduce__()", lambda: bytearray(b'ab').__reduce__())
show("bytearray(b'ab').__reduce_ex__(2)", lambda: bytearray(b'ab').__reduce_ex__(2))
show("bytearray(b'ab').__len__()", lambda: bytearray(b'ab').__len__())
show("bytearray(b'ab').__contains__(97)", lambda: bytearray(b'ab').__contains__(97))
show("bytearray(b'ab').__eq__(b'ab')", lambda: bytearray(b'ab').__eq__(b'ab'))
show("bytearray(b'ab').__str__()", lambda: bytearray(b'ab').__str__())
show("bytearray(b'%d').__mod__(5)", lambda: bytearray(b'%d').__mod__(5))
show("bytearray(b'ab').__iter__().__next__()", lambda: bytearray(b'ab').__iter__().__next__())
show('bytearray.__hash__', lambda: bytearray.__hash__)
show("bytearray(b'ab') * 2", lambda: bytearray(b'ab') * 2)
show('bytes.__new__(bytes, 3)', lambda: bytes.__new__(bytes, 3))
show('str.__new__(str, 5)', lambda: str.__new__(str, 5))

print('-- lists and tuples')
show('[1].__add__([2])', lambda: [1].__add__([2]))
show('[1].__add__((2,))', lambda: [1].__add__((2,)))
show('[1].__mul__(3)', lambda: [1].__mul__(3))
show('[1].__rmul__(3)', lambda: [1].__rmul__(3))
show('[1].__imul__(3)', lambda: [1].__imul__(3))
show('[1].__iadd__((2, 3))', lambda: [1].__iadd__((2, 3)))
show('[1].__iadd__(1)', lambda: [1].__iadd__(1))
show('[1, 2].__reversed__().__next__()', lambda: [1, 2].__reversed__().__next__())
show('list(reversed([1, 2, 3]))', lambda: list(reversed([1, 2, 3])))
show('list([1, 2, 3].__reversed__())', lambda: list([1, 2, 3].__reversed__()))
show('[1].__eq__([1])', lambda: [1].__eq__([1]))
show('[1].__eq__((1,))', lambda: [1].__eq__((1,)))
show('[1].__lt__([2])', lambda: [1].__lt__([2]))
show('[1].__lt__((2,))', lambda: [1].__lt__((2,)))
show('[1, 2].__contains__(2)', lambda: [1, 2].__contains__(2))
show('[1, 2].__getitem__(-1)', lambda: [1, 2].__getitem__(-1))
show('[1, 2].__len__()', lambda: [1, 2].__len__())
show('list.__hash__ is None', lambda: list.__hash__ is None)
show('[1].__init__([5, 6])', lambda: [1].__init__([5, 6]))
show('list.__new__(list, [1, 2])', lambda: list.__new__(list, [1, 2]))
show('list.__class_getitem__(int)', lambda: list.__class_getitem__(int))
show('(1,).__add__((2,))', lambda: (1,).__add__((2,)))
show('(1,).__add__([2])', lambda: (1,).__add__([2]))
show('(1,).__mul__(2)', lambda: (1,).__mul__(2))
show('(1,).__rmul__(2)', lambda: (1,).__rmul__(2))
show('(1,).__getnewargs__()', lambda: (1,).__getnewargs__())
show('(1,).__hash__() == hash((1,))', lambda: (1,).__hash__() == hash((1,)))
show('(1,).__eq__((1,))', lambda: (1,).__eq__((1,)))
show('(1,).__lt__([2])', lambda: (1,).__lt__([2]))
show('tuple.__new__(tuple, [1, 2])', lambda: tuple.__new__(tuple, [1, 2]))
show('tuple.__class_getitem__(int)', lambda: tuple.__class_getitem__(int))
show("hasattr((), '__reversed__')", lambda: hasattr((), '__reversed__'))

print('-- dicts')
show('dict.__or__({1: 2}, {3: 4})', lambda: dict.__or__({1: 2}, {3: 4}))
show('{1: 2}.__or__([(3, 4)])', lambda: {1: 2}.__or__([(3, 4)]))
show('{1: 2}.__ror__({3: 4})', lambda: {1: 2}.__ror__({3: 4}))
show('{1: 2}.__ior__([(3, 4)])', lambda: {1: 2}.__ior__([(3, 4)]))
show('{1: 2}.__ior__({5: 6})', lambda: {1: 2}.__ior__({5: 6}))
show('list({1: 2, 3: 4}.__reversed__())', lambda: list({1: 2, 3: 4}.__reversed__()))
show('{1: 2}.__eq__({1: 2})', lambda: {1: 2}.__eq__({1: 2}))
show('{1: 2}.__lt__({1: 2})', lambda: {1: 2}.__lt__({1: 2}))
show('{1: 2}.__contains__(1)', lambda: {1: 2}.__contains__(1))
show('{1: 2}.__getitem__(1)', lambda: {1: 2}.__getitem__(1))
show('{1: 2}.__len__()', lambda: {1: 2}.__len__())
show('dict.__hash__ is None', lambda: dict.__hash__ is None)
show('{1: 2} | {3: 4}', lambda: {1: 2} | {3: 4})
show('dict.__class_getitem__(int)', lambda: dict.__class_getitem__(int))
show('list({1: 2}.keys().__iter__())', lambda: list({1: 2}.keys().__iter__()))
show('list({1: 2}.items().__iter__())', lambda: list({1: 2}.items().__iter__()))
show('list({1: 2}.values().__iter__())', lambda: list({1: 2}.values().__iter__()))
show('{1: 2}.keys().__len__()', lambda: {1: 2}.keys().__len__())
show('{1: 2}.values().__len__()', lambda: {1: 2}.values().__len__())
show('{1: 2}.items().__len__()', lambda: {1: 2}.items().__len__())
show('{1: 2}.keys().__contains__(1)', lambda: {1: 2}.keys().__contains__(1))
show('{1: 2}.items().__contains__((1, 2))', lambda: {1: 2}.items().__contains__((1, 2)))
show('list({1: 2, 3: 4}.keys().__reversed__())', lambda: list({1: 2, 3: 4}.keys().__reversed__()))
show('list({1: 2, 3: 4}.values().__reversed__())', lambda: list({1: 2, 3: 4}.values().__reversed__()))
show('list({1: 2, 3: 4}.items().__reversed__())', lambda: list({1: 2, 3: 4}.items().__reversed__()))
show('list(reversed({1: 2, 3: 4}.keys()))', lambda: list(reversed({1: 2, 3: 4}.keys())))
show('sorted({1: 2}.keys().__or__({5}))', lambda: sorted({1: 2}.keys().__or__({5})))
show('sorted({1: 2}.keys().__or__([7]))', lambda: sorted({1: 2}.keys().__or__([7])))
show('sorted({1: 2}.keys().__ror__([7]))', lambda: sorted({1: 2}.keys().__ror__([7])))
show('sorted({1: 2, 3: 4}.keys().__and__([1]))', lambda: sorted({1: 2, 3: 4}.keys().__and__([1])))
show('sorted({1: 2, 3: 4}.keys().__rand__([1]))', lambda: sorted({1: 2, 3: 4}.keys().__rand__([1])))
show('sorted({1: 2, 3: 4}.keys().__sub__([1]))', lambda: sorted({1: 2, 3: 4}.keys().__sub__([1])))
show('sorted({1: 2, 3: 4}.keys().__rsub__([1, 9]))', lambda: sorted({1: 2, 3: 4}.keys().__rsub__([1, 9])))
show('sorted({1: 2, 3: 4}.keys().__xor__([1, 9]))', lambda: sorted({1: 2, 3: 4}.keys().__xor__([1, 9])))
show('sorted({1: 2, 3: 4}.keys().__rxor__([1, 9]))', lambda: sorted({1: 2, 3: 4}.keys().__rxor__([1, 9])))
show('sorted({1: 2}.items().__or__([(3, 4)]))', lambda: sorted({1: 2}.items().__or__([(3, 4)])))
show('{1: 2}.keys().__eq__({1})', lambda: {1: 2}.keys().__eq__({1}))
show('{1: 2}.keys().__lt__({1, 2})', lambda: {1: 2}.keys().__lt__({1, 2}))
show('{1: 2}.keys().__le__({1: 3}.keys())', lambda: {1: 2}.keys().__le__({1: 3}.keys()))
show('{1: 2}.keys() < {1: 2, 3: 4}.keys()', lambda: {1: 2}.keys() < {1: 2, 3: 4}.keys())
show('{1: 2}.items().__eq__({(1, 2)})', lambda: {1: 2}.items().__eq__({(1, 2)}))
show('{1: 2}.keys().__eq__([1])', lambda: {1: 2}.keys().__eq__([1]))
show('type({}.keys()).__hash__ is None', lambda: type({}.keys()).__hash__ is None)
show('type({}.values()).__hash__ is None', lambda: type({}.values()).__hash__ is None)
show('{1: 2}.keys().__repr__()', lambda: {1: 2}.keys().__repr__())

print('-- sets')
show('{1}.__or__({2})', lambda: {1}.__or__({2}))
show('{1}.__or__([2])', lambda: {1}.__or__([2]))
show('{1}.__ror__({2})', lambda: {1}.__ror__({2}))
show('{1}.__and__({1, 2})', lambda: {1}.__and__({1, 2}))
show('{1}.__rand__({1, 2})', lambda: {1}.__rand__({1, 2}))
show('{1, 2}.__sub__({1})', lambda: {1, 2}.__sub__({1}))
show('{1, 2}.__rsub__({1, 3})', lambda: {1, 2}.__rsub__({1, 3}))
show('{1, 2}.__xor__({1, 3})', lambda: {1, 2}.__xor__({1, 3}))
show('{1, 2}.__rxor__({1, 3})', lambda: {1, 2}.__rxor__({1, 3}))
show('{1}.__ior__({2})', lambda: {1}.__ior__({2}))
show('{1, 2}.__iand__({2})', lambda: {1, 2}.__iand__({2}))
show('{1, 2}.__isub__({2})', lambda: {1, 2}.__isub__({2}))
show('{1, 2}.__ixor__({2, 3})', lambda: {1, 2}.__ixor__({2, 3}))
show('{1}.__ior__([2])', lambda: {1}.__ior__([2]))
show('{1}.__eq__({1})', lambda: {1}.__eq__({1}))
show('{1}.__eq__(frozenset({1}))', lambda: {1}.__eq__(frozenset({1})))
show('{1}.__lt__({1, 2})', lambda: {1}.__lt__({1, 2}))
show('{1}.__lt__([1, 2])', lambda: {1}.__lt__([1, 2]))
show('{1}.__contains__(1)', lambda: {1}.__contains__(1))
show('{1}.__contains__({1})', lambda: {1}.__contains__({1}))
show('{1}.__reduce__()', lambda: {1}.__reduce__())
show('frozenset({1}).__reduce__()', lambda: frozenset({1}).__reduce__())
show('frozenset({1}).__or__({2})', lambda: frozenset({1}).__or__({2}))
show('frozenset({1}).__ror__({2})', lambda: frozenset({1}).__ror__({2}))
show('frozenset({1}).__hash__() == hash(frozenset({1}))', lambda: frozenset({1}).__hash__() == hash(frozenset({1})))
show('set.__hash__ is None', lambda: set.__hash__ is None)
show('set.__class_getitem__(int)', lambda: set.__class_getitem__(int))
show('frozenset.__class_getitem__(int)', lambda: frozenset.__class_getitem__(int))
show('set.__new__(set, [1])', lambda: set.__new__(set, [1]))
show('frozenset.__new__(frozenset, [1])', lambda: frozenset.__new__(frozenset, [1]))
show("hasattr(frozenset, '__ior__')", lambda: hasattr(frozenset, '__ior__'))

print('-- range, slice')
show('range(3).__bool__()', lambda: range(3).__bool__())
show('range(0).__bool__()', lambda: range(0).__bool__())
show('range(5).__contains__(3)', lambda: range(5).__contains__(3))
show('range(5).__getitem__(2)', lambda: range(5).__getitem__(2))
show('range(5).__len__()', lambda: range(5).__len__())
show('list(range(5).__reversed__())', lambda: list(range(5).__reversed__()))
show('list(range(5).__iter__())', lambda: list(range(5).__iter__()))
show('range(5).__reduce__()', lambda: range(5).__reduce__())
show('range(1, 5, 2).__reduce__()', lambda: range(1, 5, 2).__reduce__())
show('range(5).__eq__(range(5))', lambda: range(5).__eq__(range(5)))
show('range(5).__lt__(range(5))', lambda: range(5).__lt__(range(5)))
show('range(5).__hash__() == hash(range(5))', lambda: range(5).__hash__() == hash(range(5)))
show('hash(range(3))', lambda: hash(range(3)))
show('hash(range(0)) == hash(range(5, 5))', lambda: hash(range(0)) == hash(range(5, 5)))
show('hash(range(1, 2)) == hash(range(1, 5, 10))', lambda: hash(range(1, 2)) == hash(range(1, 5, 10)))
show('range(5).__repr__()', lambda: range(5).__repr__())
show('range.__new__(range, 3)', lambda: range.__new__(range, 3))
show('slice(1, 2).__eq__(slice(1, 2))', lambda: slice(1, 2).__eq__(slice(1, 2)))
show('slice(1, 2).__lt__(slice(1, 3))', lambda: slice(1, 2).__lt__(slice(1, 3)))
show('slice(1, 2) < slice(1, 3)', lambda: slice(1, 2) < slice(1, 3))
show('slice(1, 2).__reduce__()', lambda: slice(1, 2).__reduce__())
show('slice.__hash__ is None', lambda: slice.__hash__ is None)
show('slice(1, 2).__repr__()', lambda: slice(1, 2).__repr__())
show('slice.__new__(slice, 1, 2)', lambda: slice.__new__(slice, 1, 2))

print('-- iterators')
show('iter([1, 2]).__length_hint__()', lambda: iter([1, 2]).__length_hint__())
show('iter([1, 2]).__next__()', lambda: iter([1, 2]).__next__())
show('iter([1, 2]).__reduce__()', lambda: iter([1, 2]).__reduce__())
show('iter((1, 2)).__reduce__()', lambda: iter((1, 2)).__reduce__())
show("iter('ab').__reduce__()", lambda: iter('ab').__reduce__())
show('reversed([1, 2]).__length_hint__()', lambda: reversed([1, 2]).__length_hint__())
show('iter(range(3)).__length_hint__()', lambda: iter(range(3)).__length_hint__())
show('iter(range(3)).__reduce__()', lambda: iter(range(3)).__reduce__())
show('iter({1: 2}).__length_hint__()', lambda: iter({1: 2}).__length_hint__())
show('iter({1: 2}).__reduce__()', lambda: iter({1: 2}).__reduce__())
show('iter({1: 2}.values()).__reduce__()', lambda: iter({1: 2}.values()).__reduce__())
show('iter({1: 2}.items()).__reduce__()', lambda: iter({1: 2}.items()).__reduce__())
show('iter({1}).__length_hint__()', lambda: iter({1}).__length_hint__())
show('iter({1}).__reduce__()', lambda: iter({1}).__reduce__())
show("iter(b'ab').__reduce__()", lambda: iter(b'ab').__reduce__())
show("reversed('ab').__length_hint__()", lambda: reversed('ab').__length_hint__())
show("enumerate('ab').__next__()", lambda: enumerate('ab').__next__())
show("zip('ab', 'cd').__next__()", lambda: zip('ab', 'cd').__next__())
show('map(abs, [-1]).__next__()', lambda: map(abs, [-1]).__next__())
show('filter(None, [0, 1]).__next__()', lambda: filter(None, [0, 1]).__next__())
show("type(enumerate('ab')).__class_getitem__(int)", lambda: type(enumerate('ab')).__class_getitem__(int))
show('(lambda it: (it.__setstate__(1), list(it))[1])(iter([1, 2]))', lambda: (lambda it: (it.__setstate__(1), list(it))[1])(iter([1, 2])))
show('iter([1, 2]).__iter__().__next__()', lambda: iter([1, 2]).__iter__().__next__())
