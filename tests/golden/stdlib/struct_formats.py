# struct: every format character, byte orders, sizes, native alignment, repeat counts.
import struct

for fmt in ['b', 'B', 'c', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd',
            's', 'p', 'P', 'x', '3x', '5s', '0s', '2p', 'ci', 'bq', 'b?e', 'hN', '@ihq', '=ihq',
            '<ihq', '>ihq', '!ihq', 'i0i', 'b0q', '@b0s', '3i2h', ' i ', '\ti\n', '']:
    print(repr(fmt), struct.calcsize(fmt))

cases = [
    ('<bBhHiIlLqQ', (-1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2**64 - 1)),
    ('>bBhHiIlLqQ', (-1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2**64 - 1)),
    ('@bhiqbd', (1, 2, 3, 4, 5, 6.5)),
    ('=bhiqbd', (1, 2, 3, 4, 5, 6.5)),
    ('@nNP', (-7, 2**64 - 1, 2**63)),
    ('<?3?', (0, 1, [], 'x')),
    ('c3xc', (b'a', b'b')),
    ('5s2s0s', (b'abc', b'hello', b'z')),
    ('3p1p300p', (b'abcdef', b'x', b'y' * 300)),
    ('<2e2f2d', (1.5, -0.0, 0.1, 1e10, 1e300, -2.5)),
    ('!i', (-2,)),
    ('<3s', (bytearray(b'xy'),)),
]
for fmt, args in cases:
    data = struct.pack(fmt, *args)
    print(fmt, data.hex() if len(data) < 80 else len(data))
    back = struct.unpack(fmt, data)
    print('  ', [x if not isinstance(x, bytes) or len(x) < 20 else len(x) for x in back])

for fmt, data in [('<hHiI', bytes(range(12))), ('>hHiI', bytes(range(12))), ('<qQ', b'\xff' * 16),
                  ('P', b'\xff' * 8), ('n', b'\xff' * 8), ('<?', b'\x02'), ('3p', b'\x05ab'),
                  ('1p', b'\x05'), ('<e', b'\x00\x7c'), ('>e', b'\x7c\x01'), ('<f', b'\x00\x00\xc0\x7f')]:
    print(fmt, struct.unpack(fmt, data))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(struct.pack('@iQP', Idx(), Idx(), Idx()), struct.pack('<d', Flt()), struct.pack('<f', Idx()))
print(struct.pack('<i', True), struct.pack('<d', 3), struct.pack(b'<h', 1))
print(struct.Struct(b'<h').format, struct.Struct('>2i').format)
