import uuid

for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    for name in ['python.org', 'http://python.org/', '', 'héllo']:
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
x = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
print(x.version, x.variant, repr(x))
x = uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com')
print(x.version, x.variant, x.urn)
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b'bytes name')
except TypeError as e:
    print('TypeError', e)
seen = set()
for _ in range(50):
    u = uuid.uuid4()
    seen.add(u)
    assert u.version == 4 and u.variant == uuid.RFC_4122
print(len(seen), type(u).__name__, len(str(u)), len(u.hex), len(u.bytes), u.version, u.variant)
u1 = uuid.uuid1()
print(u1.version, u1.variant, len(str(u1)))
u1b = uuid.uuid1()
print(u1b != u1, u1b.time >= u1.time)
u1c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(u1c.node), hex(u1c.clock_seq), u1c.version)
n = uuid.getnode()
print(type(n).__name__, 0 <= n < 1 << 48, n == uuid.getnode())
print(uuid.uuid1(node=1).node)
