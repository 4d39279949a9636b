import hashlib, hmac
for n in ['sha3_224','sha3_256','sha3_384','sha3_512','shake_128','shake_256','blake2b','blake2s']:
    h = getattr(hashlib, n)(b'abc')
    print(n, type(h), repr(h)[:22], h.name, h.digest_size, h.block_size)
    if n.startswith('shake'):
        print(h.hexdigest(20), h.hexdigest(200)[-20:])
    else:
        print(h.hexdigest())
s=hashlib.shake_128(b'abc'); print(s.hexdigest(10), s.digest(5))
try: s.hexdigest()
except TypeError as e: print(e)
b=hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p'); print(b.hexdigest(), b.name, b.digest_size, type(b).__module__, hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.new('sha3_256', b'x').hexdigest(), hashlib.new('blake2b', b'x', digest_size=8).hexdigest(), hashlib.new('blake2s').name)
print(sorted(hashlib.algorithms_guaranteed))
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k'*65), dict(salt=b's'*17), dict(person=b'p'*17), dict(fanout=256), dict(depth=0), dict(key='s')]:
    try: hashlib.blake2b(**kw)
    except Exception as e: print(type(e).__name__, e)
for kw in [dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(digest_size='x'), dict(salt='s'), dict(fanout=-1), dict(last_node=1),dict(key=b'k'*64)]:
    try: hashlib.blake2b(**kw); print('ok')
    except Exception as e: print(type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(inner_size=33), dict(salt=b'123456789'), dict(digest_size=33)]:
    try: hashlib.blake2s(**kw); print('ok')
    except Exception as e: print(type(e).__name__, e)
print(hashlib.blake2b(b'x', digest_size=16, last_node=True, node_depth=1, node_offset=3, inner_size=5, leaf_size=7, fanout=2, depth=2).hexdigest())
print(hashlib.blake2s(b'x', digest_size=16, last_node=True, node_depth=1, node_offset=3, inner_size=5, leaf_size=7, fanout=2, depth=2, key=b'kk', salt=b'12345678', person=b'ab').hexdigest())
print(hashlib.sha3_256().hexdigest(), hashlib.blake2s(b'').hexdigest(), hashlib.blake2b().hexdigest()[:16], hashlib.blake2b(key=b'key').hexdigest()[:16])
for n in [0, 1, 63, 64, 65, 71, 72, 73, 127, 128, 129, 136, 137, 169]:
    data = bytes(i * 7 % 251 for i in range(n))
    hs = [hashlib.sha3_256(data).hexdigest()[:8], hashlib.blake2b(data).hexdigest()[:8], hashlib.blake2s(data, key=b'abc').hexdigest()[:8], hashlib.shake_256(data).hexdigest(3)]
    inc = hashlib.blake2b(); inc2 = hashlib.sha3_384()
    for i in range(0, len(data), 7):
        inc.update(data[i:i+7]); inc2.update(data[i:i+7])
    print(n, hs, inc.hexdigest()[:8], inc2.hexdigest()[:8])
h=hashlib.sha3_512(); h.update(b'a'*200); c=h.copy(); c.update(b'b'); print(h.hexdigest()[:20], c.hexdigest()[:20])
b=hashlib.blake2s(b'q'); c=b.copy(); c.update(b'r'); print(b.hexdigest()[:10], c.hexdigest()[:10])
print(hashlib.shake_256(b'').digest(0), hashlib.shake_256(b'x').hexdigest(40))
print(hashlib.blake2b.__name__, hashlib.blake2b.__module__, hashlib.sha3_256.__name__)
for a in [(b'a', b'b'), ('x',)]:
  try: hashlib.blake2b(*a)
  except Exception as e: print(type(e).__name__, e)
b=hashlib.blake2b()
try: b.update('x')
except Exception as e: print(type(e).__name__, e)
try: b.name='x'
except Exception as e: print(type(e).__name__, e)
print(type(hashlib.shake_128()).__mro__, hashlib.blake2b.__mro__)
try: hashlib.sha3_256('x')
except Exception as e: print(type(e).__name__, e)
print(hashlib.sha3_256(string=b'a').hexdigest()[:6], hashlib.blake2b(memoryview(b'ab')).hexdigest()[:6], hashlib.sha3_224(bytearray(b'ab')).hexdigest()[:6])
print(hmac.new(b'k', b'm', 'sha3_256').hexdigest(), hmac.new(b'k', b'm', hashlib.blake2b).hexdigest()[:16], hmac.digest(b'k', b'm', 'sha3_224').hex()[:10])
print(hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 2).hex())
print(hashlib.file_digest(__import__('io').BytesIO(b'data'), 'sha3_256').hexdigest()[:10], hashlib.file_digest(__import__('io').BytesIO(b'data'), hashlib.blake2s).hexdigest()[:10])

import hashlib, base64, struct, binascii
data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
h.update(b"The quick "); h.update(b"brown fox")
c = h.copy(); c.update(b"!")
print(h.hexdigest(), c.hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
print(repr(hashlib.sha1())[:22])
enc = base64.b64encode(data); print(enc, base64.b64decode(enc) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(base64.standard_b64decode("aGVsbG8="), base64.b64decode("aGVsbG8", validate=False) if False else '')
try:
    base64.b64decode("aGVsbG8")
except binascii.Error as e:
    print("Error", e)
try:
    base64.b64decode("a$GVsbG8=", validate=True)
except binascii.Error as e:
    print("Error", e)
print(base64.encodebytes(b"x" * 60))
rec = struct.pack("<I2sHf", 1, b"ab", 7, 1.5)
print(rec, struct.calcsize("<I2sHf"), struct.unpack("<I2sHf", rec))
print(struct.calcsize("IHf"), struct.calcsize("@qc"), struct.pack(">h", -2), struct.pack("!d", 0.1))
S = struct.Struct("3sBx?")
print(S.size, S.format, S.pack(b"abc", 255, True), S.unpack(b"xyz\x01\x00\x00"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = bytearray(8); struct.pack_into("<ii", buf, 0, 5, -5); print(buf, struct.unpack_from("<i", buf, 4))
for fmt, args in [("b", (200,)), ("H", (-1,)), ("i", ("x",)), ("3s", (1,)), ("ii", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("error", e)
try:
    struct.unpack("i", b"abc")
except struct.error as e:
    print(e)
print(struct.pack("e", 1.5), struct.unpack(">Q", b"\x00" * 7 + b"\x01"))
name, age, score = struct.unpack("10sBf", struct.pack("10sBf", b"alice", 30, 88.5))
print(name.rstrip(b"\0").decode(), age, score)
