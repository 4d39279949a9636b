import json
from datetime import date, datetime
from dataclasses import dataclass, asdict, is_dataclass
@dataclass
class Point:
    x: float
    y: float
class Enc(json.JSONEncoder):
    def default(self, o):
        if is_dataclass(o):
            return {'__type__': type(o).__name__, **asdict(o)}
        if isinstance(o, (date, datetime)):
            return {'__type__': 'date', 'iso': o.isoformat()}
        if isinstance(o, set):
            return {'__type__': 'set', 'items': sorted(o)}
        return super().default(o)
def hook(d):
    t = d.pop('__type__', None)
    if t == 'Point': return Point(**d)
    if t == 'date': return date.fromisoformat(d['iso'])
    if t == 'set': return set(d['items'])
    return d
obj = {'pts': [Point(1, 2), Point(3.5, -1)], 'when': date(2024, 5, 1), 'tags': {20, 10}, 'n': None}
s = json.dumps(obj, cls=Enc, indent=1)
print(s)
back = json.loads(s, object_hook=hook)
print(back, back == obj)
try:
    json.dumps({'x': object()}, cls=Enc)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([1, 2], indent=None), json.dumps({'a': [1, {'b': 2}]}, indent=4, separators=(',', ' = ')))
print(list(json.JSONEncoder(sort_keys=True).iterencode({'b': 1, 'a': [1, 2]})))
print(json.dumps({'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}, sort_keys=True))
try:
    json.dumps({'a': 1, 2: 'b'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
d = json.JSONDecoder(object_pairs_hook=lambda pairs: [k for k, _ in pairs])
print(d.decode('{"b": 1, "a": 2}'), d.raw_decode('{"c": 0}   ', 0))
try:
    d.decode('{"b": 1} x')
except json.JSONDecodeError as e:
    print(e, e.pos)
class Strict(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(strict=True, **kw)
try:
    json.loads('"a\tb"', cls=Strict)
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.loads('"a\tb"', strict=False))
print(json.dumps(True), json.dumps(None), json.dumps('☃'), json.dumps(3), json.dumps([]), json.loads('true'), json.loads('null'))
print(json.loads('[1, 2, 3]', object_hook=lambda d: 'never'), json.loads('{"a": {"b": {}}}', object_hook=lambda d: len(d)))
