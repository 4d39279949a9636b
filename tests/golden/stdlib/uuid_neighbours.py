# UUID neighbours: every input form and its decorations, version stamping over many
# values, comparisons with other types, pickling/copying, subclasses, memory shape.
import copy
import gc
import pickle
import random
import sys
import uuid
import weakref

base = '12345678-9abc-def0-1234-56789abcdef0'
for text in [base, base.upper(), '{%s}' % base, 'urn:uuid:' + base, 'uuid:' + base,
             base.replace('-', ''), '{{' + base + '}}', 'urn:' + base, '-' + base + '-',
             '0x' + base.replace('-', '')[2:], '+' + base.replace('-', '')[1:],
             base.replace('-', '_')[:36], ' ' * 4 + base.replace('-', '')[4:]]:
    try:
        print(repr(text), uuid.UUID(text))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
u = uuid.UUID(base)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, uuid.UUID(hex=u.hex) == u)
print(u.bytes, u.bytes_le, u.fields, u.hex, u.urn, u.int)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.variant, u.version)
print(uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(bytes_le=bytearray(range(16))) if False else '')
try:
    uuid.UUID(bytes_le=bytearray(range(16)))
except AssertionError as e:
    print('AssertionError', e)
try:
    uuid.UUID(bytes='x' * 16)
except AssertionError as e:
    print('AssertionError', e)

rng = random.Random(8)
for _ in range(12):
    n = rng.getrandbits(128)
    row = [str(uuid.UUID(int=n))]
    for version in range(1, 6):
        v = uuid.UUID(int=n, version=version)
        row.append((v.hex[12], v.hex[16], v.version, v.variant[:8]))
    print(row)
for bad in [0.5, '3', None]:
    try:
        uuid.UUID(int=1, version=bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)

# comparisons and hashing
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, a != '1')
print(sorted([b, a, uuid.UUID(int=0)]), hash(a) == hash(uuid.UUID(int=1)), int(b), len({a, b, uuid.UUID(int=1)}))
for op in ['<', '>=']:
    try:
        eval('a %s 5' % op)
    except TypeError as e:
        print('TypeError', e)

# immutability, pickling, copying, subclasses
try:
    a.is_safe = uuid.SafeUUID.safe
except TypeError as e:
    print('TypeError', e)
s = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(s.__getstate__(), a.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.unsafe).__getstate__())
for obj in (a, s):
    back = pickle.loads(pickle.dumps(obj))
    print(back, back.is_safe, copy.copy(obj) == obj, copy.deepcopy(obj).is_safe)
c = uuid.UUID(int=0)
c.__setstate__({'int': 99, 'is_safe': -1})
print(c.int, c.is_safe)

class Tagged(uuid.UUID):
    pass

t = Tagged(int=5)
print(repr(t), t == uuid.UUID(int=5), type(copy.copy(t)).__name__, str(t))
print(sys.getsizeof(a) == sys.getsizeof(b), gc.is_tracked(a), hasattr(a, '__dict__'))
r = weakref.ref(a)
print(r() is a, uuid.UUID.__slots__)
