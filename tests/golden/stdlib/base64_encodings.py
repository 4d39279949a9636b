# base64: every encoding and its options. b64 (altchars, validate), standard and
# urlsafe, b32 (casefold, map01) and b32hex, b16 (casefold), b85 (pad), a85 (foldspaces,
# wrapcol, pad, adobe, ignorechars), encodebytes/decodebytes and encode/decode on files.
import array
import base64
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\x00\x00\x00',
           b'    ', bytes(range(256))[::37], b'\xfb\xff\xbf']
for s in samples:
    print(repr(s))
    print('  b64', base64.b64encode(s), base64.standard_b64encode(s), base64.urlsafe_b64encode(s),
          base64.b64encode(s, altchars=b'._'))
    print('  b32', base64.b32encode(s), base64.b32hexencode(s))
    print('  b16', base64.b16encode(s))
    print('  b85', base64.b85encode(s), base64.b85encode(s, pad=True))
    print('  a85', base64.a85encode(s), base64.a85encode(s, pad=True),
          base64.a85encode(s, foldspaces=True), base64.a85encode(s, adobe=True))
    checks = [base64.b64decode(base64.b64encode(s)), base64.b64decode(base64.b64encode(s), validate=True),
              base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)),
              base64.b64decode(base64.b64encode(s, b'._'), b'._'),
              base64.b32decode(base64.b32encode(s)), base64.b32hexdecode(base64.b32hexencode(s)),
              base64.b16decode(base64.b16encode(s)), base64.b85decode(base64.b85encode(s)),
              base64.a85decode(base64.a85encode(s)),
              base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True),
              base64.a85decode(base64.a85encode(s, adobe=True), adobe=True)]
    print('  round trips', all(c == s for c in checks))

# decoders take bytes-like objects and ASCII str
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(bytearray(b'Zm9v')),
      base64.b64decode(memoryview(b'Zm9v')), base64.standard_b64decode('Zm8='))
print(base64.b64decode(b'Zm9v\nYmFy\n'), base64.b64decode(b'Zm9v!YmFy'), base64.b64decode('Zm9v-_8=', '-_'))
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'), base64.urlsafe_b64encode(b'\xfb\xff'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('M1XW6===', map01='L'),
      base64.b32decode(b'MZXW0===', map01=b'I'), base64.b32hexdecode('cpnmu===', casefold=True))
print(base64.b16decode('666f6f', casefold=True), base64.b16decode(b'666F6F'))
print(base64.b85decode('W^Zp|VR8'), base64.b85decode(b'W^Zp|'))
print(base64.a85decode(b'<~@:E_WAS,RgBkhF"D/O92EH6,BF`qtRH$T~>', adobe=True))
print(base64.a85decode(b'@:E_\nWAS,R\tgBk hF"D/O92EH6,BF`qtRH$T'))
print(base64.a85decode(b'z!!', ), base64.a85decode(b'yy', foldspaces=True),
      base64.a85decode(b'@:E_WAS,RgBkhF"D/O92EH6,BF`qtRH$T~>', adobe=True),
      base64.a85decode(b'@: E_', ignorechars=b' '))
text = b'Man is distinguished, not only by his reason, but by this singular passion.'
for wrapcol in (0, 1, 2, 10, 30):
    print(wrapcol, base64.a85encode(text[:40], wrapcol=wrapcol, adobe=True))
print(base64.a85encode(text, wrapcol=20))
print(base64.a85encode(b'', adobe=True, wrapcol=5), base64.a85encode(b'', wrapcol=5))

# the multi-line interface: 76 characters per line
encoded = base64.encodebytes(text * 2)
print(encoded)
print(base64.decodebytes(encoded) == text * 2, base64.encodebytes(b''), base64.decodebytes(b''))
print(base64.encodebytes(bytearray(b'abc')), base64.encodebytes(memoryview(b'abc')),
      base64.encodebytes(array.array('B', [1, 2, 3])))
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, sorted(base64.__all__))
