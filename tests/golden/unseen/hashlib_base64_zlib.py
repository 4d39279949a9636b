import hashlib
import base64
import zlib
import binascii
import hmac

print(hashlib.md5(b"hello").hexdigest())
print(hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha256(b"hello").hexdigest())
h = hashlib.sha256()
h.update(b"hel")
h.update(b"lo")
print(h.hexdigest(), h.digest_size, h.name, h.block_size)
print(hashlib.new("sha512", b"x").hexdigest()[:32])
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.sha3_256(b"").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest())
print(hmac.compare_digest("abc", "abc"))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
e = base64.b64encode(b"hello world!?")
print(e, base64.b64decode(e), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"))
print(base64.b16encode(b"\x01\xab"), base64.b64encode("caf\u00e9".encode()).decode(), base64.b85encode(b"data"))
print(base64.b64decode("aGk="), base64.standard_b64decode(b"YWJj"))
try:
    base64.b64decode("abc")
except binascii.Error as ex:
    print("binascii.Error:", ex)
text = b"repeat " * 100
comp = zlib.compress(text)
print(len(text), len(comp), zlib.decompress(comp) == text)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), binascii.crc32(b"abc"))
c = zlib.compressobj(9)
data = c.compress(b"abc" * 50) + c.flush()
d = zlib.decompressobj()
print(d.decompress(data)[:9], len(zlib.compress(b"abc" * 50, 9)))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("deadbeef"), bytes.fromhex("de ad"), b"\x01\x02".hex(":"))
import gzip
g = gzip.compress(b"gzipped data")
print(gzip.decompress(g))
