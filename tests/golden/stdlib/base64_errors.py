# base64's errors: binascii.Error for bad base64/base32/base16 input (padding, length,
# alphabet, validate=True), ValueError for the 85 codecs, AssertionError for wrong-sized
# altchars and map01, TypeError for str given to an encoder and for non-buffers.
import array
import base64


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)


print(attempt(base64.b64encode, 'text'))
print(attempt(base64.b64encode, 5))
print(attempt(base64.b64encode, b'abc', altchars=b'-'))
print(attempt(base64.b64encode, b'abc', altchars='-_'))
print(attempt(base64.standard_b64encode, 'x'))
print(attempt(base64.urlsafe_b64encode, 'x'))
print(attempt(base64.b64decode, b'YWJjZ'))
print(attempt(base64.b64decode, b'YWJjZA'))
print(attempt(base64.b64decode, b'YWJj!', validate=True))
print(attempt(base64.b64decode, b'YWJj\n', validate=True))
print(attempt(base64.b64decode, b'=YWJj', validate=True))
print(attempt(base64.b64decode, 5))
print(attempt(base64.b64decode, 'caf\u00e9'))
print(attempt(base64.b64decode, b'YWJj', altchars=b'-'))
print(attempt(base64.urlsafe_b64decode, 'YWJ'))
print(attempt(base64.standard_b64decode, [1]))

print(attempt(base64.b32encode, 'text'))
print(attempt(base64.b32encode, 5))
print(attempt(base64.b32hexencode, 'x'))
for s in ['MFRGG==', 'MFRGG===', 'MFRG====', 'M!RGG===', 'MF=GG===', '========', 'mfrgg===',
          'M1RGG===', 'MFRGGZDF', 'MFRGGZD=', 'MFRGGZ==']:
    print(repr(s), attempt(base64.b32decode, s))
print(attempt(base64.b32decode, 'M1RGG===', map01=b'LL'))
print(attempt(base64.b32decode, 'M1RGG===', map01=5))
print(attempt(base64.b32hexdecode, 'WXYZ===='))
print(attempt(base64.b32hexdecode, 'M1RGG===', map01=b'L'))

print(attempt(base64.b16encode, 'text'))
print(attempt(base64.b16decode, '0g'))
print(attempt(base64.b16decode, 'abc'))
print(attempt(base64.b16decode, 'ab'))
print(attempt(base64.b16decode, '0'))

print(attempt(base64.b85encode, 'text'))
print(attempt(base64.b85decode, b'|NsC0~'))
print(attempt(base64.b85decode, b'ab"cd'))
print(attempt(base64.b85decode, b'abcde\x00'))
print(attempt(base64.a85encode, 'text'))
print(attempt(base64.a85decode, b'<~abc', adobe=True))
print(attempt(base64.a85decode, b'ab\xffc'))
print(attempt(base64.a85decode, b'ab z'))
print(attempt(base64.a85decode, b'ab y', foldspaces=True))
print(attempt(base64.a85decode, b'ab y'))
print(attempt(base64.a85decode, b's8W-"'))
print(attempt(base64.a85decode, b'@: E_', ignorechars=b''))
print(attempt(base64.a85decode, b'@:E_', ignorechars=' '))
print(attempt(base64.a85encode, b'x', wrapcol='1'))

print(attempt(base64.encodebytes, 'abc'))
print(attempt(base64.encodebytes, array.array('i', [1])))
print(attempt(base64.encodebytes, memoryview(b'abcd').cast('B', (2, 2))))
print(attempt(base64.decodebytes, 'YWJj'))
print(attempt(base64.decodebytes, b'YWJjZ'))
