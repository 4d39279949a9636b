# json.dumps with every option: indent (int, 0, negative, str), separators, sort_keys,
# ensure_ascii (\uXXXX escapes, surrogate pairs), allow_nan, skipkeys, default, and the
# key conversions of int, float, bool and None keys.
import json
from collections import OrderedDict

values = [None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e16, 1e-7, 3.14159, 1e22, 2.5e-300,
          float('inf'), float('-inf'), float('nan'),
          '', 'abc', 'a"b\\c/d', '\n\t\r\b\f\x00\x1f\x7f', 'é', '€', '😀', 'mixé😀"\x01',
          [], {}, (), [1, [2, [3]]], (1, 'two', 3.0), {'a': 1, 'b': [1, 2, {'c': None}]},
          {1: 'x', 2.5: 'y', False: 'f'}, {None: 'n', 'a': 1}, {True: 't', -7: 'neg', 1e100: 'big'},
          {'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}, [{}], [[]], {'k': {}}, {'k': []}, [[], {}, [[]]]]
options = [{}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': -1}, {'indent': ''},
           {'separators': (',', ':')}, {'sort_keys': True}, {'ensure_ascii': False},
           {'indent': 4, 'sort_keys': True, 'ensure_ascii': False},
           {'separators': (';', '='), 'indent': 1}, {'indent': ' . '}]
for v in values:
    print(repr(v)[:40])
    for o in options:
        try:
            print('  ', o, repr(json.dumps(v, **o)))
        except Exception as e:
            print('  ', o, type(e).__name__, e)

# allow_nan=False: the one-shot encoder and the indenting one word it differently.
for v in [float('nan'), float('inf'), [float('-inf')], {'a': float('nan')}, {float('nan'): 1}, 1e308 * 10]:
    for o in [{'allow_nan': False}, {'allow_nan': False, 'indent': 1}]:
        try:
            print(json.dumps(v, **o))
        except ValueError as e:
            print('ValueError', e)

# Keys that are not str, int, float, bool or None; skipkeys drops them.
for v in [{(1, 2): 3}, {b'x': 1, 'a': 2}, {'a': 1, frozenset(): 2, 'b': 3}]:
    for o in [{}, {'skipkeys': True}, {'skipkeys': True, 'indent': 2}, {'skipkeys': True, 'sort_keys': True}]:
        try:
            print(json.dumps(v, **o))
        except TypeError as e:
            print('TypeError', e)
print(json.dumps({(1,): 1}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True, indent=2))

# Subclasses of the builtin types are encoded as their base, whatever their repr.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

mixed = [MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1), {MyInt(3): MyFloat(1.0)}]
print(json.dumps(mixed))
print(json.dumps(mixed, indent=1))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])), json.dumps(OrderedDict([('b', 1), ('a', 2)]), sort_keys=True))
try:
    json.dumps({'b': 1, 2: 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps('\U0001f600\u20ac'), json.dumps('\U0001f600\u20ac', ensure_ascii=False))
print(json.dumps([1.0, 1e300 * 10, 1.1, 2.2e-10, 12345678901234567890.0, 0.1 + 0.2, -1e-320]))
print(json.dumps(list(range(5)), indent=3, separators=(' ,', ' :')))
print(json.dumps({'a': 1}, **{'indent': None, 'separators': None}))
