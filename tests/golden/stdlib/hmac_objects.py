# hmac: HMAC objects with every kind of digestmod, RFC 4231 / RFC 2202 vectors,
# copies, incremental updates, the one-shot digest() and memory behaviour.
import gc
import hashlib
import hmac
import sys
import types

# RFC 2202 test case 1 and 2, RFC 4231 test case 2.
print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha224').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha384').hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First',
               'sha512').hexdigest())

# digestmod as a name, a constructor, a lambda and a PEP 247 module.
module = types.SimpleNamespace(new=lambda data=b'': hashlib.sha256(data))
for mod in ('sha256', 'SHA256', hashlib.sha256, lambda d=b'': hashlib.sha256(d), module):
    h = hmac.new(b'key', b'msg', mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:16],
          hmac.digest(b'key', b'msg', mod).hex()[:16])

h = hmac.HMAC(b'k', digestmod='sha1')
for part in (b'a', bytearray(b'b'), memoryview(b'c'), b''):
    h.update(part)
print(h.hexdigest() == hmac.new(b'k', b'abc', 'sha1').hexdigest(), h.digest() == h.digest())
c = h.copy()
c.update(b'd')
print(h.hexdigest() != c.hexdigest(), c.hexdigest() == hmac.new(b'k', b'abcd', 'sha1').hexdigest())
print(type(c) is hmac.HMAC, c.name, c.digest_size, hasattr(c, 'block_size'))


class Sub(hmac.HMAC):
    blocksize = 128


s = Sub(b'k', b'm', 'md5')
print(type(s.copy()).__name__, s.block_size, s.hexdigest() == hmac.new(b'k', b'm', 'md5').hexdigest())
print(hmac.new(b'', b'', 'md5').hexdigest(), hmac.new(bytearray(), None, 'sha1').hexdigest())
print(hmac.new(b'k', msg=b'm', digestmod='md5').digest() == hmac.digest(b'k', b'm', 'md5'))
print(hmac.digest(bytearray(b'k'), memoryview(b'm'), hashlib.md5).hex())

# Memory: HMAC objects use __slots__ (no __dict__), as CPython's.
print(hasattr(h, '__dict__'), sys.getsizeof(h) == sys.getsizeof(hmac.new(b'x', None, 'md5')))
try:
    h.extra = 1
except AttributeError as e:
    print('AttributeError', e)
h.digest_size = 99
print(h.digest_size, hmac.HMAC.blocksize, hmac.digest_size)
print(gc.is_tracked(h), len(hmac.trans_36), hmac.trans_5C[:3], hmac.trans_36[-3:])
