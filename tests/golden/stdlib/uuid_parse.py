import uuid

forms = ['12345678123456781234567812345678', '12345678-1234-5678-1234-567812345678',
         '{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678-1234-5678-1234-567812345678',
         'URN:UUID:12345678-1234-5678-1234-567812345678', '{12345678123456781234567812345678}',
         '1234-5678-1234-5678-1234-5678-1234-5678', 'ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB',
         'uuid:00000000-0000-0000-0000-000000000000']
for s in forms:
    try:
        u = uuid.UUID(s)
        print(repr(u), str(u))
    except Exception as e:
        print(type(e).__name__, e)
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.hex, u.int, u.urn)
print(u.bytes)
print(u.bytes_le)
print(u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.version, u.variant)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4))
print(uuid.UUID(bytes_le=b'\x12\x34\x56\x78' * 4))
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(int=0, version=4), uuid.UUID(int=0, version=4).version)
for v in range(1, 6):
    x = uuid.UUID('ffffffff-ffff-ffff-ffff-ffffffffffff', version=v)
    print(v, x, x.version, x.variant)
print(int(u), hex(int(u)))
print(uuid.UUID(hex='0123456789abcdef0123456789abcdef').hex)
print(uuid.UUID(' 12345678123456781234567812345678 '.strip()))
