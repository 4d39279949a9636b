# json.loads of valid documents: every kind of value, whitespace, escapes, numbers, the
# hooks (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), strict,
# bytes input in UTF-8/16/32, raw_decode, and the memory of the results.
import json, gc, sys

docs = ['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity', '1', '-1', '-0', '-0.0', '1.5',
        '1e5', '1E+5', '1e-5', '0.1e1', '1.0e+30', '123456789012345678901234567890', '1e400', '-1e400',
        '"abc"', '"a\\"b"', '"\\u00e9"', '"\\u20AC"', '"\\ud83d\\ude00"', '"\\/\\b\\f\\n\\r\\t\\\\"',
        '""', '"\x7f"', '"é€😀"', '[]', '[[[]]]', '[ 1 , 2 ]', '[\n]', '{}', '{\n}', '{"": 0}',
        '{"a":1,"a":2}', '{"b":1,"a":2}', '[1.5,-2,"x",null,true,false,{"k":[]}]',
        '{"\\u00e9":"\\u20ac"}', '\t1\r\n', '  [1]  ', '{"a" : 1 , "b" : [ 2 ] }',
        '{"a":[1,{"b":{"c":[true]}}]}', '[NaN, Infinity, -Infinity]', '["\\u0000"]',
        '{"nested": {"deeper": {"deepest": [1, 2, [3, [4]]]}}}']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

for d in ['"a\x01b"', '["\t"]', '{"a\nb": "\x1f"}']:
    print(repr(json.loads(d, strict=False)))

print(json.loads('[1.5, 2, NaN, -Infinity, {"a": 1e3}]', parse_float=lambda s: 'F' + s,
                 parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))
print(json.loads('[1.5, 10]', parse_float=str, parse_int=float))
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": {"b": 1}, "c": 3, "a": 4}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_pairs_hook=lambda p: ('pairs', p), object_hook=lambda d: 'hook'))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)), json.loads('{}', object_hook=lambda d: ('hook', d)))

print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 2}')), json.loads(b'\xef\xbb\xbf[3]'))
print(json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'[\x001\x00]\x00'),
      json.loads(b'\x00\x00\x00[\x00\x00\x001\x00\x00\x00]'), json.loads(b'\x00"\xd8=\xde\x00\x00"'),
      json.loads(b'\xff\xfe\x00\x00[\x00\x00\x00"\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00]\x00\x00\x00'),
      json.loads(b'1\x00'), json.loads(b'7'))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00\x00\x00'))

dec = json.JSONDecoder()
print(dec.raw_decode('[1] tail'), dec.raw_decode('  {"a": 2}x', 2), dec.decode(' 5 '))
print(dec.raw_decode('"str"  '), dec.raw_decode('123abc'), dec.raw_decode('nullx'))

# One key object per distinct key in a document (CPython's memo); values are fresh.
r = json.loads('[{"key1": "value"}, {"key1": "value"}, {"key1": 3}]')
k0, k2 = list(r[0])[0], list(r[2])[0]
print(k0 is k2, r[0]['key1'] is r[1]['key1'], sys.getrefcount(k0))
x = json.loads('{"abcdef": [1, 2], "ghijkl": "value-string", "mnopqr": {"inner": []}}')
print(sys.getrefcount(x), sys.getrefcount(x['abcdef']), sys.getrefcount(x['ghijkl']), [sys.getrefcount(k) for k in x])
for d in ['{"key": 1}', '{"key": [1]}', '{}', '[1]', '{"key": {"b": 1}}', '{"key": "s", "other": null}', '"str"']:
    v = json.loads(d)
    print(d, gc.is_tracked(v), sys.getrefcount(v), sys.getsizeof(v))
print(sys.getsizeof(json.loads('{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}')), sys.getsizeof(json.loads('[1,2,3,4,5,6,7,8,9]')))
