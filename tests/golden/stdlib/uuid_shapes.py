# uuid1/uuid4 are not reproducible: check their shape (fields, version, variant,
# monotonic timestamps, node and clock_seq arguments) over many calls.
import re
import uuid

pattern = re.compile(r'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
fours = [uuid.uuid4() for _ in range(200)]
print(all(pattern.match(str(u)) for u in fours), len(set(fours)))
print({u.version for u in fours}, {u.variant for u in fours}, {str(u)[14] for u in fours})
print({str(u)[19] for u in fours} <= set('89ab'), all(u.is_safe is uuid.SafeUUID.unknown for u in fours))

ones = [uuid.uuid1() for _ in range(100)]
print({u.version for u in ones}, {u.variant for u in ones}, len(set(ones)))
print(all(x.time < y.time for x, y in zip(ones, ones[1:])))
print(len({u.node for u in ones}))
# 100-ns ticks since 1582: today is far past 1.3e17
print(ones[0].time > 138000000000000000, ones[0].time < 1 << 60)

u = uuid.uuid1(node=0xABCDEF012345, clock_seq=0x3FFF)
print(hex(u.node), hex(u.clock_seq), u.clock_seq_hi_variant >> 6, u.version)
u = uuid.uuid1(node=0, clock_seq=0)
print(u.node, u.clock_seq, u.clock_seq_low, hex(u.clock_seq_hi_variant))
u = uuid.uuid1(clock_seq=0x12345)
print(hex(u.clock_seq))
for bad in [dict(node=1 << 48), dict(node=-1), dict(clock_seq='x')]:
    try:
        uuid.uuid1(**bad)
    except Exception as e:
        print(sorted(bad), type(e).__name__, e)
n = uuid.getnode()
print(0 < n < 1 << 48, uuid.getnode() == n)
