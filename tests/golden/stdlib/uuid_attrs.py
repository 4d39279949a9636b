import uuid

for s in ['00000000-0000-0000-0000-000000000000', '00000000-0000-1000-8000-000000000000',
          '00000000-0000-4000-c000-000000000000', '00000000-0000-5000-e000-000000000000',
          '00000000-0000-3000-7fff-000000000000', '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
          'ffffffff-ffff-ffff-ffff-ffffffffffff']:
    u = uuid.UUID(s)
    print(s, u.variant, u.version, u.time, u.clock_seq, u.node)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep='|')
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(repr(uuid.NAMESPACE_DNS))
print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
print(uuid.SafeUUID(0), uuid.SafeUUID(None))
u = uuid.UUID(int=5)
print(u.is_safe, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
try:
    u.int = 3
except TypeError as e:
    print('TypeError', e)
try:
    u.foo = 3
except TypeError as e:
    print('TypeError', e)
try:
    v = uuid.UUID(int=9)
    del v.int
    print(v.int)
except Exception as e:
    print(type(e).__name__)
print(hasattr(u, '__dict__'))
print(u.__getstate__())
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())
import copy
c = copy.copy(u)
d = copy.deepcopy(uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe))
print(c, c == u, c is u, d, d.is_safe)
class MyUUID(uuid.UUID):
    pass
m = MyUUID(int=1)
print(repr(m), m == uuid.UUID(int=1), isinstance(m, uuid.UUID))
print(sorted(uuid.__all__) if hasattr(uuid, '__all__') else None)
