# Hashes, base64 and name-based UUIDs
import hashlib
import base64
import uuid

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest(), h.name)
c = h.copy()
c.update(b"!")
print(c.hexdigest() != h.hexdigest(), hashlib.md5(b"").hexdigest())
print(hashlib.sha1("caf\u00e9".encode()).hexdigest(), hashlib.md5(b"a" * 1000).digest()[:4])
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha3_256(b"abc").hexdigest()[:16])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32])
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith(("shake", "sha3", "blake"))))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)

data = b"Many hands make light work."
enc = base64.b64encode(data)
print(enc, base64.b64decode(enc) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.b85encode(b"refpy"), base64.a85encode(b"refpy"), base64.a85decode(base64.a85encode(b"x y")))
print(base64.standard_b64encode(b"a"), base64.encodebytes(b"x" * 60))
print(base64.b64decode("aGk"+"="), base64.b64decode(b"aGVsbG8=\n", validate=False))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64decode("a$bc", validate=True)
except Exception as e:
    print(type(e).__name__, e)

u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u, repr(u), u.version, u.variant, u.hex)
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
v = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(v, v.int, v.bytes[:4], v.fields, v.urn, str(uuid.UUID(int=1)))
print(uuid.UUID(bytes=b"\x00" * 16) == uuid.UUID(int=0), v < u, uuid.NAMESPACE_X500)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
