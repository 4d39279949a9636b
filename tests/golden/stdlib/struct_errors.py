# struct: error types and messages (struct.error, OverflowError, TypeError) for bad
# formats, argument counts, out-of-range integers and bad argument types.
import struct


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ['Z', '3', '3 i', 'i\0', '99999999999999999999i', '9223372036854775807i',
            '<n', '>N', '=P', 'é', b'\xff', 3]:
    show(struct.calcsize, fmt)

vals = [-2**64, -2**63 - 1, -2**63, -2**31 - 1, -32769, -129, -1, 0, 255, 256, 65536,
        2**31, 2**32, 2**63, 2**64]
for order in '@<>':
    for c in 'bBhHiIlLqQ':
        for v in vals:
            try:
                struct.pack(order + c, v)
            except struct.error as e:
                print(order + c, v, 'error', e)
for v in [-1, 2**64, -2**63 - 1]:
    show(struct.pack, 'P', v)


class BadIndex:
    def __index__(self):
        return 'x'


for fmt in ['i', '>q', 'd', 'e', 'c', 's', 'p', '?']:
    for v in [1.5, '1', None, BadIndex(), b'ab', 10**400]:
        show(struct.pack, fmt, v)

show(struct.pack, 'ii', 1)
show(struct.pack, 'i', 1, 2)
show(struct.pack, '', 1)
show(struct.pack)
show(struct.pack, 1)
show(struct.unpack, 'i', b'abc')
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i')
show(struct.unpack_from, 'i', b'abc', 1)
show(struct.unpack_from, 'i', b'abcdef', -1)
show(struct.unpack_from, 'i', b'abcdef', -10)
show(struct.unpack_from, 'i', b'abcdef', 3)
show(struct.unpack_from, 'i', b'abcdef', -4)
show(struct.iter_unpack, '<h', b'abc')
show(struct.iter_unpack, '', b'')
show(struct.iter_unpack, 'i', 'ab')
buf = bytearray(8)
for args in [(buf, 6, 1), (buf, 9, 1), (buf, -1, 1), (buf, -9, 1), (buf, -4, 9),
             (bytes(8), 0, 1), ('abc', 0, 1), (buf, 'x', 1), (buf, 0), (buf,), ()]:
    show(struct.pack_into, '<i', *args)
print(buf)
show(struct.Struct)
show(struct.Struct, 'i', 1)
show(struct.Struct, 'Z')
s = struct.Struct('i')
show(setattr, s, 'format', 'h')
show(setattr, s, 'size', 1)
show(setattr, s, 'x', 1)
print(issubclass(struct.error, Exception), struct.error.__module__)
