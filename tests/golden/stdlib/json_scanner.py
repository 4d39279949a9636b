# The scanner and escapers as functions (JSONDecoder.scan_once, json.decoder.scanstring,
# json.encoder.encode_basestring[_ascii]), nesting against the recursion limit, shared
# constants, and large documents with non-ASCII text.
import json

for doc in ['[' * 5000, '{"a":' * 5000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
deep = []
for i in range(3000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
print(json.loads('[' * 200 + ']' * 200) is not None, len(json.dumps(json.loads('[' * 300 + ']' * 300))))

d = json.JSONDecoder()
try:
    d.scan_once('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)
print(d.scan_once('[1, 2] x', 0), d.scan_once('  "s"', 2))
try:
    d.raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)
print(json.decoder.scanstring('"abc\\n" rest', 1), json.decoder.scanstring('x"\\u00e9\\ud83d\\ude00"', 2))
print(json.decoder.scanstring('"a\tb"', 1, False))
for args in [('"abc', 1), ('"abc', 10), ('"a\tb"', 1), ('"\\q"', 1)]:
    try:
        json.decoder.scanstring(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(json.encoder.encode_basestring('é"\\\n\x00\x7f😀'), json.encoder.encode_basestring_ascii('é"\\\n\x00\x7f😀'))
print(json.loads('{"a": NaN}')['a'] is json.loads('[NaN]')[0], json.loads('[Infinity, -Infinity]'))

# A large non-ASCII document, both ways.
items = [{'name': 'itém %d' % i, 'tags': ['α', 'β', str(i)], 'value': i * 0.25, 'ok': i % 2 == 0}
         for i in range(3000)]
text = json.dumps(items, ensure_ascii=False)
back = json.loads(text)
print(len(text), back == items, back[2999], json.loads(json.dumps(items)) == items)
text2 = json.dumps(items, indent=1, sort_keys=True)
print(len(text2), json.loads(text2) == items)
