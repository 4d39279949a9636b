import json
docs = ['{', '[', '{"a"', '{"a":', '{"a":1', '[1,', '"\\u12"', '"\\uZZZZ"', '[1,,2]', '{"a":1 "b":2}', '[-]', '[-1.]', '[1e]', '[.5]', '[+1]', '[0x10]',
        '[Infinity, -Infinity, NaN]', '[-NaN]', 'true false', '\ufeff[1]', '[1]\n\n   x', '{"a":\n  [1,\n   2,\n   ]\n}', "{'a': 1}", '[1] // c', '"\x01"', '"\n"', '  ', '[\n', '{"a":{"b":[{"c":tru}]}}', '123abc', '-', '--1', '1.5.5', '00', '-01', '"abc\\', '[1]]', '{"":1}', '{"a":1}{', '"\\/\\b\\f\\n\\r\\t"']
for d in docs:
    try:
        print(repr(d), '->', repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError:', e.msg, '| pos', e.pos, 'line', e.lineno, 'col', e.colno)
    except Exception as e:
        print(repr(d), type(e).__name__, e)
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.args, e.lineno, e.colno, e.doc, e.pos)
import pickle
e2 = pickle.loads(pickle.dumps(e)); print(e2, e2.pos)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.dumps('\u2028\u2029\ud7ff\uffff'), json.dumps('\U0001f600'), json.dumps('\U0001f600', ensure_ascii=False))
print(json.dumps({'a': float('nan')}), json.dumps(1e-7), json.dumps(123.0e50), json.dumps(2 ** 64), json.dumps(-1.5e-300))
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __repr__(self): return 'I!'
class S(str): pass
print(json.dumps([F(1.5), I(3), S('s'), True, False]), json.dumps({I(1): 2, F(2.5): 3}))
import collections
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])), json.dumps(collections.namedtuple('P', 'x y')(1, 2)), json.dumps((1, (2,))))
try:
    json.dumps({'a': 1}, cls=5)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps([1], indent=2, separators=(',',))
except ValueError as e:
    print('ValueError', e)
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=2, separators=(', ', ': ')))
print(json.dumps([[]], indent=3), json.dumps([{}], indent=''), json.dumps({"k": [1, {"j": []}]}, indent=1))
