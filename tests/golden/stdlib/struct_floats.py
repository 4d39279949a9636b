# struct: IEEE packing of e (half), f and d: rounding to nearest even, subnormals,
# infinities, NaN bits, and the OverflowError for values too large.
import struct

values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 6.1e-05, 6.0e-08,
          2.9e-08, 3.0e-08, 5.96e-08, 1e-50, 5e-324, 3.4028234663852886e+38, 3.4028235e38,
          3.4028236e38, 1e39, 1e300, float('inf'), float('-inf'), float('nan'),
          -float('nan'), 2**128, 2**24 + 1, 16777217.0, 1.0000000596046448]
for v in values:
    row = []
    for fmt in ['<e', '>e', '<f', '@f', '>d']:
        try:
            row.append(struct.pack(fmt, v).hex())
        except (OverflowError, struct.error) as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(repr(v), row)

# Halfway cases of the half format: ties go to the even mantissa.
for k in range(1, 12):
    x = 1.0 + (2 * k - 1) * 2.0 ** -11
    print(x, struct.pack('<e', x).hex(), struct.unpack('<e', struct.pack('<e', x))[0])
for k in range(0, 6):
    x = (2 * k + 1) * 2.0 ** -25
    print(x, struct.pack('<e', x).hex())

for h in range(0, 0x10000, 997):
    print(h, struct.unpack('<e', h.to_bytes(2, 'little'))[0])
for raw in ['0000807f', '0000c0ff', '0100807f', '00008000', '01000000', 'ffff7f7f']:
    x = struct.unpack('<f', bytes.fromhex(raw))[0]
    print(raw, x, struct.pack('<d', x).hex(), struct.pack('<f', x).hex())
