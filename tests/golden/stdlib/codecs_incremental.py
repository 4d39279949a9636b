"""Incremental encoders/decoders (split at every byte), iterencode/iterdecode, stream
readers and writers, codecs.open."""
import codecs
import io
import os
import tempfile

TEXT = "a\xe9\u20ac\U0001f600z\n\u0416\n"
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be',
            'latin-1', 'cp1252', 'unicode_escape', 'raw_unicode_escape']:
    try:
        data = TEXT.encode(enc)
    except UnicodeEncodeError:
        data = TEXT.encode(enc, 'replace')
    expected = data.decode(enc)
    ok = True
    for i in range(len(data) + 1):
        for j in range(i, len(data) + 1):
            d = codecs.getincrementaldecoder(enc)()
            out = d.decode(data[:i]) + d.decode(data[i:j]) + d.decode(data[j:], final=True)
            if out != expected:
                ok = False
                print('mismatch', enc, i, j, ascii(out))
    pieces = []
    d = codecs.getincrementaldecoder(enc)()
    for k in range(len(data)):
        pieces.append(d.decode(data[k:k + 1]))
    pieces.append(d.decode(b'', True))
    print(enc, ok, ascii(pieces))
    e = codecs.getincrementalencoder(enc)()
    chunks = [e.encode(c) for c in TEXT if enc not in ('latin-1', 'cp1252')]
    print(enc, chunks[:3], b''.join(chunks) == (data if chunks else b''))

d = codecs.getincrementaldecoder('utf-8')()
print(ascii(d.decode(b'\xe2')), d.getstate(), ascii(d.decode(b'\x82')), d.getstate(),
      ascii(d.decode(b'\xac')), d.getstate())
try:
    d.decode(b'\xe2', final=True)
except UnicodeDecodeError as e:
    print(e)
d.setstate((b'\xe2\x82', 0))
print(ascii(d.decode(b'\xac')))
d.decode(b'\xf0')
d.reset()
print(d.getstate(), ascii(d.decode(b'x')))
d = codecs.getincrementaldecoder('utf-8')('replace')
print(ascii(d.decode(b'a\xff\xe2\x82')), ascii(d.decode(b'', True)), d.errors)

d = codecs.getincrementaldecoder('utf-16')()
print(ascii(d.decode(b'\xff')), d.getstate(), ascii(d.decode(b'\xfea')), d.getstate(),
      ascii(d.decode(b'\x00')), d.getstate())
d = codecs.getincrementaldecoder('utf-16')()
print(ascii(d.decode(b'\xfe\xff\x00a')), d.getstate())
try:
    codecs.getincrementaldecoder('utf-16')().decode(b'a\x00')
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    codecs.getincrementaldecoder('utf-32')().decode(b'a\x00\x00\x00')
except UnicodeError as e:
    print(type(e).__name__, e)
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.getstate(), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode('a'), e.encode('b'), e.encode('', True))

print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'a', b''], 'utf-8')))
print(list(codecs.iterencode(['a', 'b', ''], 'utf-16')))
print(list(codecs.iterencode(['a', '\xe9'], 'utf-8-sig')))
print(list(codecs.iterdecode([b'\xef', b'\xbb', b'\xbfx'], 'utf-8-sig')))

# function-level codecs
print(codecs.utf_8_decode(b'a\xe2\x82', 'strict', False), codecs.utf_8_decode(b'a\xe2\x82'))
print(codecs.utf_8_encode('\xe9'), codecs.utf_16_encode('a'), codecs.utf_16_encode('a', None, 1),
      codecs.utf_16_encode('a', 'strict', -1), codecs.utf_32_encode('a', 'strict', 1))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a\x00', 'strict', 0, False),
      codecs.utf_16_ex_decode(b'\xfe', 'strict', 0, False),
      codecs.utf_16_decode(b'\xfe\xff\x00a\x00', 'strict', False),
      codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00', None, 0, True))
print(codecs.ascii_decode(b'abc'), codecs.latin_1_encode('\xe9'), codecs.latin_1_decode(b'\xe9'),
      codecs.charmap_decode(b'abc'), codecs.charmap_encode('abc'),
      codecs.unicode_escape_decode(b'a\\n'), codecs.raw_unicode_escape_encode('\u20ac'))
print(codecs.utf_8_decode(bytearray(b'ab')), codecs.utf_8_decode(memoryview(b'ab')))
for f in [lambda: codecs.utf_8_encode(1), lambda: codecs.utf_8_encode('a', 1),
          lambda: codecs.utf_8_decode('a'), lambda: codecs.ascii_encode('\xe9'),
          lambda: codecs.charmap_decode(b'abc', 'strict', 'xyz'),
          lambda: codecs.charmap_decode(b'abcd', 'strict', {97: 'A', 98: 66, 99: None}),
          lambda: codecs.charmap_decode(b'ab', 'replace', {97: 'A'}),
          lambda: codecs.charmap_encode('ab', 'strict', {ord('a'): 5, ord('b'): b'XY'}),
          lambda: codecs.charmap_encode('abc', 'replace', {ord('a'): 5, ord('?'): 63}),
          lambda: codecs.charmap_build('abc')]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

# streams
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.write('\xe9')
w.writelines(['x', 'y'])
print(buf.getvalue())
r = codecs.getreader('utf-16')(io.BytesIO(buf.getvalue()))
print(ascii(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('line1\nl\xe9ne2\r\nline3'.encode()))
print(ascii(r.readline()), ascii(r.readline()), ascii(r.readline()), ascii(r.readline()))
r = codecs.getreader('utf-8')(io.BytesIO('a\nb\nc'.encode()))
print([ascii(x) for x in r])
r = codecs.getreader('utf-8')(io.BytesIO('\u20ac\u20ac\u20ac'.encode()))
print(ascii(r.read(1)), ascii(r.read(2)), ascii(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'x\nyy\n'))
print(r.readlines())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with codecs.open(path, 'w', encoding='utf-16') as f:
        f.write('h\xe9llo\n')
        f.write('w\u20acrld\n')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(ascii(f.read()))
    with codecs.open(path, encoding='utf-16') as f:
        print([ascii(line) for line in f])
    f = codecs.open(path, 'rb')
    print(f.read()[:4])
    f.close()
    with codecs.open(path, 'a', 'utf-16-le') as f:
        f.write('!')
    print(open(path, 'rb').read()[-4:])
