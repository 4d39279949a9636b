# binascii's errors: binascii.Error (a ValueError) with CPython's messages for bad hex,
# base64 (strict_mode's checks, the padding and length errors), uu and the argument
# errors for str, non-buffers, non-ASCII text and bad options.
import array
import binascii


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)


print(attempt(binascii.unhexlify, b'abc'))
print(attempt(binascii.unhexlify, 'zz'))
print(attempt(binascii.unhexlify, b'0g'))
print(attempt(binascii.a2b_hex, 'ab c'))
print(attempt(binascii.unhexlify, 'é0'))
print(attempt(binascii.unhexlify, 12))
print(attempt(binascii.unhexlify, memoryview(b'abcd')[::2]))
print(attempt(binascii.hexlify, 'abc'))
print(attempt(binascii.hexlify, 5))
print(attempt(binascii.hexlify, b'ab', ''))
print(attempt(binascii.hexlify, b'ab', '::'))
print(attempt(binascii.hexlify, b'ab', '\u20ac'))
print(attempt(binascii.hexlify, b'ab', 1))
print(attempt(binascii.hexlify, b'ab', bytearray(b':')))
print(attempt(binascii.hexlify, b'ab', ':', 1.5))
print(attempt(binascii.hexlify, b'ab', ':', 2**40))
print(attempt(binascii.hexlify, memoryview(b'abcd')[::2]))

for s in [b'YWJjZ', b'YWJjZA', b'YWJjZA=', b'YQ', 'YWJjZGVmZ', b'!!!!Y', 'YWJj\u00e9']:
    print(repr(s), attempt(binascii.a2b_base64, s))
for s in [b'=YWJj', b'YW=Jj', b'YW==Jj', b'YW===', b'YWJj\n', b'YW\n==', b'YWJj=', b'YWJj====',
          b'YQ==\n', b'Y\xffWJj']:
    print(repr(s), attempt(binascii.a2b_base64, s, strict_mode=True),
          attempt(binascii.a2b_base64, s))
print(attempt(binascii.a2b_base64, 5))
print(attempt(binascii.b2a_base64, 'abc'))
print(attempt(binascii.b2a_base64, b'abc', False))
print(attempt(binascii.b2a_base64, b'abc', newline='yes'))
print(attempt(binascii.b2a_base64, memoryview(b'abcd')[::2]))
print(attempt(binascii.b2a_base64, array.array('d', [1.0])))

print(attempt(binascii.b2a_uu, b'x' * 46))
print(attempt(binascii.b2a_uu, 'abc'))
print(attempt(binascii.a2b_uu, b'!\x7f'))
print(attempt(binascii.a2b_uu, b'!!!!!!!'))
print(attempt(binascii.a2b_uu, 'é'))
print(attempt(binascii.crc32, 'abc'))
print(attempt(binascii.crc32, b'abc', 1.0))
print(attempt(binascii.crc32, b'abc', '1'))
print(attempt(binascii.crc_hqx, b'abc'))
print(attempt(binascii.crc32))
print(attempt(binascii.crc32, b'', 0, 0))
print(attempt(binascii.crc32, b'', crc=0))
print(attempt(binascii.b2a_qp, 'text'))
print(attempt(binascii.a2b_qp, 1))
print(attempt(binascii.a2b_base64))
print(attempt(binascii.a2b_base64, b'', b''))
print(attempt(binascii.a2b_base64, b'', foo=1))
print(attempt(binascii.hexlify))
print(attempt(binascii.hexlify, b'', ':', 1, 2))
print(attempt(binascii.unhexlify))
print(attempt(binascii.unhexlify, hexstr='00'))
print(isinstance(binascii.Error('x'), ValueError))
try:
    binascii.a2b_hex('0')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
