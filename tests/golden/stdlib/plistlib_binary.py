# plistlib, binary format: the bytes dumps() writes (object sharing, integer and length
# widths, reference and offset sizes), loads() of shared and self-referencing objects,
# and the malformed files it rejects; random round trips in both formats.
import datetime
import os
import plistlib
import random
import struct
import tempfile

B = plistlib.FMT_BINARY


def show(v, **kw):
    try:
        b = plistlib.dumps(v, fmt=B, **kw)
        print(repr(v)[:50], b[:8], b[8:-32].hex(' '), '|', b[-32:].hex(' '))
    except Exception as e:
        print(repr(v)[:50], 'EXC', type(e).__name__, e)


def attempt(data, **kw):
    try:
        r = plistlib.loads(data, **kw)
        print(repr(r))
        return r
    except Exception as e:
        print('EXC', type(e).__name__, e)


u = plistlib.UID(1)
t1, t2 = tuple([1]), tuple([1])
x = [1]
for v in [0, 1, 255, 256, 65535, 65536, 2 ** 32, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -1, -2 ** 63,
          -2 ** 63 - 1, True, False, 1.5, 0.1, float('inf'), 'a', 'abc' * 6, 'é', '\u20ac', 'x\U0001f600',
          b'xy', b'a' * 15, b'a' * 16, [], [1, 2], {'a': 1}, ['a', 'a', 1, 1, 1.0, True, 1],
          plistlib.UID(1), plistlib.UID(255), plistlib.UID(256), plistlib.UID(65536), plistlib.UID(2 ** 32),
          datetime.datetime(2001, 1, 1), datetime.datetime(2020, 5, 6, 7, 8, 9, 123456),
          datetime.datetime(1900, 1, 1), {'b': [1], 'a': {'c': 'x'}}, (1,), bytearray(b'q'), None, {1: 2},
          [t1, t2], [t1, t1], [u, u], [u, plistlib.UID(1), 1], [b'a', bytes([97]), bytearray(b'a')],
          [None, None], [x, x, [1]], list(range(20)), ['s'] * 3 + ['t'], [1.0, 1, True, 1.0],
          set(), datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)]:
    show(v)
show({'b': 1, 'a': 2}, sort_keys=False)
show({1: 1, 'a': 2}, skipkeys=True, sort_keys=False)
for n in [254, 255, 256]:
    b = plistlib.dumps(list(range(n)), fmt=B)
    print(n, b[-32:-24].hex(), len(b))
b = plistlib.dumps(['x' * 300], fmt=B)
print(b[-32:-24].hex(), len(b))
b = plistlib.dumps([b'x' * 70000, 'y' * 2 ** 16], fmt=B)
print(b[-32:-24].hex(), len(b), b[8:20].hex())

r = attempt(plistlib.dumps([x, x, 'a', 'a'], fmt=B))
print(r[0] is r[1], r[2] is r[3])
for v in [2 ** 63, 2 ** 64 - 1, -5, datetime.datetime(2020, 5, 6, 7, 8, 9, 123456), datetime.datetime(1900, 1, 1),
          plistlib.UID(7), None, {'a': [b'x', 1.5]}, 'x\U0001f600é']:
    attempt(plistlib.dumps(v, fmt=B))
good = plistlib.dumps([1, 'a'], fmt=B)


def trailer(count, top, table, offset_size=1, ref_size=1):
    return bytes(6) + bytes([offset_size, ref_size]) + struct.pack('>QQQ', count, top, table)


for bad in [b'bplist00', good[:-1], good[:-32] + b'\0' * 32, good[:8] + b'\xff' + good[9:],
            b'bplist00' + b'\x00' * 40, good[:-8] + struct.pack('>Q', 1000),
            good[:-16] + struct.pack('>Q', 5) + good[-8:], good[:8] + b'\x70' + good[9:],
            good[:8] + b'\xa2\x05\x05' + good[11:], good[:8] + b'\xa2\x00\x00' + good[11:],
            b'bplist00\x0f\x08' + trailer(1, 0, 9),
            b'bplist00\xd1\x01\x02\x10\x01\x10\x02\x08\x0b\x0d' + trailer(3, 0, 15),
            b'bplist00\xd1\x01\x02\xa0\x10\x02\x08\x0b\x0c' + trailer(3, 0, 14),
            b'bplist00\x5f\x10\x01\xff\x08' + trailer(1, 0, 12),
            b'bplist00\x22\x3f\xc0\x00\x00\x08' + trailer(1, 0, 13),
            b'bplist00\x10\x05\x08' + trailer(1, 1, 10),
            b'bplist00\xa1\x00\x08' + trailer(1, 0, 10),
            b'bplistjunk' + good[8:], b'bplist01' + good[8:]]:
    attempt(bad)
attempt(b'bplist00\xd1\x01\x01\x51a\x08\x0b' + trailer(2, 0, 13), dict_type=list)
attempt(good, fmt=plistlib.FMT_XML)


def rand_value(rng, depth=0):
    kind = rng.randrange(11 if depth < 3 else 7)
    if kind == 0:
        return rng.randint(-2 ** 63, 2 ** 64 - 1) >> rng.randrange(64)
    if kind == 1:
        return rng.choice([0.5, -1e300, 3.25, float('inf'), 1e-7])
    if kind == 2:
        return ''.join(rng.choice('ab<&é\u20ac\n') for _ in range(rng.randrange(20)))
    if kind == 3:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(70)))
    if kind == 4:
        return rng.choice([True, False])
    if kind == 5:
        return datetime.datetime(rng.randint(1900, 2100), rng.randint(1, 12), rng.randint(1, 28),
                                 rng.randrange(24), rng.randrange(60), rng.randrange(60))
    if kind == 6:
        return rng.randrange(1000)
    if kind in (7, 8):
        return [rand_value(rng, depth + 1) for _ in range(rng.randrange(18))]
    return {rand_value(rng, 9).__class__.__name__ + str(i): rand_value(rng, depth + 1)
            for i in range(rng.randrange(17))}


rng = random.Random(11)
with tempfile.TemporaryDirectory() as tmp:
    for i in range(12):
        v = rand_value(rng)
        for fmt in (plistlib.FMT_XML, B):
            data = plistlib.dumps(v, fmt=fmt)
            path = os.path.join(tmp, 'p%d' % i)
            with open(path, 'wb') as f:
                plistlib.dump(v, f, fmt=fmt, sort_keys=i % 2 == 0)
            with open(path, 'rb') as f:
                back = plistlib.load(f)
            print(i, fmt.name, len(data), data == plistlib.dumps(back, fmt=fmt), back == v or back)
print(plistlib.dumps(rand_value(rng), fmt=B).hex())
