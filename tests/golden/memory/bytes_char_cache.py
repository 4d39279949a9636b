a = b'a'
print(bytes(1) is bytes(1), bytes(bytearray(b'a')) is a, memoryview(b'a').tobytes() is a, 'a'.encode() is a, b'%s' % b'a' is a, bytes.fromhex('61') is a, b'ab'[0:1] is a, (97).to_bytes(1, 'big') is a, b''.join([b'a']) is a, b'ab'.split(b'b')[0] is a, b'a' + b'' is a, bytes([97]) is a, b'xa'[1:] is a, bytes(b'a') is a)
print(bytes(0) is b'', bytes(bytearray()) is b'', b'abc'[5:] is b'', bytes([65]) is b'A', b'A'.decode().encode() is b'A')
import sys
x = bytes([200])
print(sys.getsizeof(x), len(x), x)
