import json
from decimal import Decimal
data = {'b': [1, 2.5, None, True], 'a': {'z': 'ü', 'y': ()}, 'c': 'quote"\n'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ': ')))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f'no {type(o).__name__}')
print(json.dumps({'s': {3, 1, 2}, 'd': Decimal('1.10')}, default=default))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError', e)
print(json.loads('{"a": [1, 2, {"b": null}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=Decimal, parse_int=float))
print(json.loads('{"x": 1, "x": 2}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s))
print(json.loads(b'"\\u00e9\\ud83d\\ude00"'))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '{"a":1,}', 'nul', '"abc', '[1]x', '{1: 2}', '"\\x"', '\n\n  [tru]', '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(Enc().encode({'c': 1 + 2j}), list(Enc(indent=1).iterencode([1])))
print(json.JSONDecoder().raw_decode('[1] tail'))
import io
buf = io.StringIO(); json.dump({'k': [1]}, buf, indent=3); print(buf.getvalue())
print(json.load(io.StringIO('{"q": true}')))
