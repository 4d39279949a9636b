import json

bad_docs = ['{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", '', '   ', 'tru', '[1] x',
            '{"a": 01}', '"unterminated', '"bad \\x escape"', '[1,,2]', '{"a":1 "b":2}',
            '"ctrl \x01 char"', '-', '1e', '{"a": [}', '\ufeff{}', '[1.5e+]']
for doc in bad_docs:
    try:
        json.loads(doc)
        print("ok", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
        print("   ", str(e))
doc = '{\n  "name": "x",\n  "vals": [1, 2,\n   3,]\n}'
try:
    json.loads(doc)
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
print(json.loads('"ctrl \x01 char"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1,2]   ', 0))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print("raw:", e)
try:
    json.loads(b'{"a": 1}'.decode() + "\x00")
except json.JSONDecodeError as e:
    print(e)
print(json.loads(b'{"bytes": true}'))
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("  [  1 , 2 ]  "))
print(json.loads('1E400'), json.loads('-0'), json.loads('-0.0'), json.loads('123456789012345678901234567890'))
