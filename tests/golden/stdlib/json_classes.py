# JSONEncoder and JSONDecoder as classes: subclassing (default, encode), constructor
# options, iterencode chunks and what dump writes, load/dump through file-like objects,
# round trips.
import json

class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps([1j, 2 + 3j, {3, 1, 2}], cls=ComplexEncoder))
print(ComplexEncoder(indent=1, sort_keys=True).encode({'z': 1j, 'a': {5, 4}}))
try:
    json.dumps(object(), cls=ComplexEncoder)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'x': 1}, cls=ComplexEncoder, indent=2, separators=(',', ' = ')))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def point_default(o):
    if isinstance(o, Point):
        return {'__point__': [o.x, o.y]}
    raise TypeError('cannot encode ' + type(o).__name__)

def point_hook(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d

text = json.dumps({'p': Point(1, 2), 'q': [Point(3, 4)]}, default=point_default)
print(text)
back = json.loads(text, object_hook=point_hook)
print(type(back['p']).__name__, back['p'].x, back['q'][0].y)
try:
    json.dumps([Point(0, 0), 1j], default=point_default)
except TypeError as e:
    print('TypeError', e)

enc = json.JSONEncoder()
print(repr(enc.item_separator), repr(enc.key_separator), enc.indent, enc.sort_keys, enc.skipkeys,
      enc.ensure_ascii, enc.check_circular, enc.allow_nan)
enc = json.JSONEncoder(indent=3, separators=(';', '='), sort_keys=True)
print(repr(enc.item_separator), repr(enc.key_separator), enc.indent, enc.sort_keys)
print(repr(json.JSONEncoder(indent=0).item_separator), repr(json.JSONEncoder(indent='').item_separator))
print(enc.encode('text'), json.JSONEncoder(ensure_ascii=False).encode('é'), json.JSONEncoder().encode('é'))

# iterencode yields CPython's chunks; encode's one-shot path gives one string.
print(list(json.JSONEncoder().iterencode({'a': [1, 2.5, 'x', None, {}], 'b': {'c': True}})))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, {'b': 2}, [], 'x'], 'c': {}})))
print(list(json.JSONEncoder().iterencode([[1, [2]], {'k': [3]}, 'end'])))
print(json.JSONEncoder().iterencode([1, 2], True), list(json.JSONEncoder().iterencode('s')))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, 'a': 2, 2: 3})))

class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return ''.join(self.parts)

w = Recorder()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w)
print(w.parts)
w2 = Recorder()
json.dump([1, [2, 3], {'x': 1.5}], w2, indent=1, sort_keys=True)
print(w2.parts)
print(json.load(w), json.load(w2), json.load(w2, object_pairs_hook=lambda p: p))

class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=Decoder), json.loads('[1.5]', cls=Decoder, parse_float=repr))
dec = json.JSONDecoder(strict=False)
print(dec.strict, dec.decode('"tab\there"'), json.JSONDecoder().parse_int('7'), json.JSONDecoder().parse_float('2.5'))
print(json.JSONDecoder().parse_constant('NaN'), json.JSONDecoder(parse_constant=str).parse_constant('NaN'))

# Round trips.
data = {'name': 'refpy', 'version': [3, 11], 'ok': True, 'none': None, 'pi': 3.141592653589793,
        'nested': {'list': [1, 'two', 3.0, [4, [5]]], 'empty': {}, 'unicode': 'é€😀'}, 'neg': -12}
for o in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
    text = json.dumps(data, **o)
    print(json.loads(text) == data, len(text))
print(json.loads(json.dumps([float('inf'), float('-inf')])), json.dumps(json.loads('[1e400]')))
print(json.loads(json.dumps({1: 'a', True: 'b', None: 'c', 2.5: 'd'})))
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder)
print(sorted(json.__all__))
