# hashlib: hash object attributes, copy, new() by name, the algorithm sets.
import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))

# Names are looked up without regard to case; the object's name is lower case.
for name in ['MD5', 'Sha256', 'SHA512']:
    print(hashlib.new(name).name)

print(type(hashlib.md5()).__name__, type(hashlib.md5()).__module__)
print(type(hashlib.md5()) is type(hashlib.new('sha1')))
print(hashlib.md5.__name__, hashlib.sha512.__name__)

# copy() is independent of the original.
a = hashlib.sha256(b'hello')
b = a.copy()
b.update(b' world')
print(a.hexdigest())
print(b.hexdigest())
print(b.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
c = b.copy()
print(c.name, c.hexdigest() == b.hexdigest(), c is b)

# The guaranteed algorithms refpy has are all available.
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    print(name, name in hashlib.algorithms_guaranteed, name in hashlib.algorithms_available)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.algorithms_guaranteed).__name__)

# Objects compare by identity.
x = hashlib.md5(b'x')
print(x == x, x == x.copy(), hash(x) == hash(x))

# pbkdf2_hmac and file_digest.
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 30).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 5).hex())
print(hashlib.pbkdf2_hmac('md5', b'p' * 100, bytearray(b'salt'), 3, dklen=40).hex())
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha1').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
