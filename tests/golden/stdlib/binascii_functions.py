# binascii: hexlify/unhexlify (sep, bytes_per_sep), base64 lines (newline, strict_mode),
# uuencode (backtick), quoted-printable (quotetabs, istext, header), crc32 and crc_hqx;
# bytes, bytearray, memoryview, array and ASCII str arguments; results are bytes.
import array
import binascii

data = b'\x00\x01hello\xfe\xff'
print(binascii.hexlify(data), binascii.b2a_hex(data), binascii.hexlify(b''))
print(binascii.hexlify(data, '-'), binascii.hexlify(data, b':', 2),
      binascii.hexlify(data, ' ', -3), binascii.b2a_hex(data, sep='_', bytes_per_sep=4))
print(binascii.hexlify(b'\xb9\x01\xef', '\xe9'), binascii.hexlify(b'ab', b'\xff'))
print(binascii.unhexlify(b'00ff10'), binascii.unhexlify('DEADbeef'), binascii.a2b_hex(bytearray(b'4142')))
for arg in (bytearray(b'ab'), memoryview(b'abcd')[1:3], array.array('H', [1, 258])):
    print(type(arg).__name__, binascii.hexlify(arg), binascii.b2a_base64(arg), binascii.crc32(arg))
print(type(binascii.hexlify(bytearray(b'x'))), type(binascii.a2b_base64(bytearray(b'eA=='))))

for n in range(7):
    chunk = bytes(range(250, 250 + n)) if n < 6 else b'Many hands make light work.'
    line = binascii.b2a_base64(chunk)
    print(n, line, binascii.b2a_base64(chunk, newline=False), binascii.a2b_base64(line) == chunk)
print(binascii.a2b_base64('aGVs bG8=\n'), binascii.a2b_base64(b'aGVsbG8=extra'),
      binascii.a2b_base64(b'a=GVsbG8='), binascii.a2b_base64(b''), binascii.a2b_base64(b'===='))
print(binascii.a2b_base64(b'aGVsbG8=', strict_mode=True), binascii.a2b_base64(b'aGk=\n', strict_mode=False))

line = binascii.b2a_uu(b'Cat')
print(line, binascii.a2b_uu(line), binascii.b2a_uu(b''), binascii.b2a_uu(b'', backtick=True))
print(binascii.b2a_uu(b'\x00' * 6), binascii.b2a_uu(b'\x00' * 6, backtick=True))
long_line = binascii.b2a_uu(bytes(range(45)))
print(long_line, binascii.a2b_uu(long_line) == bytes(range(45)))
print(binascii.a2b_uu(b'#0V%T   \n'), binascii.a2b_uu('#0V%T'), binascii.a2b_uu(b'#0V%T````'))
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'\n'), binascii.a2b_uu(b' '))

text = b'Caf\xc3\xa9 = 5\t\nline with trailing space \nfoo_bar.\n.\nx' + b'y' * 80 + b'\n'
for kwargs in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
    enc = binascii.b2a_qp(text, **kwargs)
    print(kwargs, enc, binascii.a2b_qp(enc, header=kwargs.get('header', False)) == text)
print(binascii.b2a_qp(b'crlf\r\nends \r\nhere'), binascii.b2a_qp(b'end '), binascii.b2a_qp(b'.'))
print(binascii.a2b_qp(b'a=3Db=\nc=\r\nd=4'), binascii.a2b_qp(b'=41=4a=zz=='), binascii.a2b_qp('a_b', True),
      binascii.a2b_qp(b'x='))

print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')),
      binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'a', -1),
      binascii.crc32(b'a', 2**40 + 3))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff),
      binascii.crc_hqx(b'', 7), binascii.crc_hqx(b'abc', -1), binascii.crc_hqx(b'abc', 0x12345))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.__name__)
# bytearray's repr escapes every single quote, even between double quotes
print(repr(bytearray(b"it's")), repr(bytearray(b'it\'s "q"')), repr(bytearray(b'"')))
