# JSONDecodeError: CPython's message, msg, doc, pos, lineno and colno for every way a
# document can be wrong; and the encoder's errors.
import json

bad = ['', ' ', '\n\n', 'nul', 'tru', 'fals', '-Inf', 'nan', '-', '--1', '01', '1.', '.5', '1e', '1e+',
       '1.5e', '1.e5', '0e', '0x10', '+1', 'x', '[x]', '1 2',
       '"', '"abc', '"\\u12"', '"\\u12g4"', '"\\u1234', '"\\uZZZZ"', '"\\x"', '"\\', '"\\"',
       '"a\nb"', '"a\tb"', '"a\x00"', '["ok", "bad\x1f"]',
       '[', ']', '[1', '[1,', '[1,]', '[1 2]', '[,1]', '[1,,2]', '[1,2', '[-]', '[-x]',
       '{', '}', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}",
       '{"a":1 "b":2}', '{"a":-}', '{"a":1}x', '[1] [2]', '[{"a":1}', '{"a":{"b":1}', '{1: 2}',
       '\n\n  {"a":\n [1,\n x]}', 'line1\nline2', '[\n1,\n2\n3]', '\ufeff[1]', '"\ufeff', '{"a":1}\n\nextra']
for d in bad:
    try:
        json.loads(d)
        print(repr(d), 'no error')
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == d)

# The exception object itself.
e = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(e, '|', e.msg, e.pos, e.lineno, e.colno, e.args, repr(e.doc))
print(isinstance(e, ValueError), issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
print(json.JSONDecodeError.__mro__)
print(e.__reduce__())
try:
    json.loads('[1, 2')
except ValueError as err:
    print('caught as ValueError:', type(err).__name__, err)

# Input types.
for s in [None, 1, [1], 1.5]:
    try:
        json.loads(s)
    except TypeError as err:
        print('TypeError', err)
try:
    json.JSONDecoder().raw_decode(5)
except TypeError as err:
    print('TypeError', err)
try:
    json.JSONDecoder().raw_decode(' [1]')
except json.JSONDecodeError as err:
    print(err)

# Encoder errors.
class Thing:
    pass

for v in [Thing(), [1, Thing()], {'a': {1, 2}}, b'bytes', 1j, {(1, 2): 3}, {Thing(): 1}]:
    for o in [{}, {'indent': 2}]:
        try:
            json.dumps(v, **o)
        except TypeError as err:
            print('TypeError', err)

loop = []
loop.append(loop)
d = {}
d['self'] = d
t = Thing()
for v, o in [(loop, {}), (loop, {'indent': 1}), (d, {}), ([d], {'indent': 1}),
             (t, {'default': lambda o: o}), (t, {'default': lambda o: [o], 'indent': 1})]:
    try:
        json.dumps(v, **o)
    except ValueError as err:
        print('ValueError', err)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as err:
    print('ValueError', err)
json.loads('{"key": [1, 2,, 3]}')
