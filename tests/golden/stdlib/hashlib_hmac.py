# hmac on top of hashlib: HMAC objects, hmac.digest, compare_digest.
import hashlib
import hmac


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256')
print(h.name, h.digest_size, h.block_size, type(h).__name__, h.hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest())
print(hmac.new(b'key', digestmod='sha1').hexdigest())

# Keys shorter than, equal to and longer than the block.
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for n in [0, 1, 64, 65, 128, 129, 300]:
        print(name, n, hmac.new(b'k' * n, b'the message' * 3, name).hexdigest())

# Incremental use and copy().
h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(c.hexdigest())
print(h.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
print(h.digest() == hmac.digest(b'secret', b'part one, part two', 'sha256'))
print(hmac.new(bytearray(b'k'), b'm', 'sha1').hexdigest())
print(hmac.HMAC(b'k', b'm', 'sha1').hexdigest())
print(hmac.new(key=b'k', msg=b'm', digestmod='sha1').hexdigest())
print(hmac.digest(b'k', b'm', 'md5'))
print(hmac.digest(memoryview(b'k'), b'm', 'md5'))
print(hmac.digest_size, hmac.HMAC.blocksize, hmac.trans_36[:4], len(hmac.trans_5C))

t(lambda: hmac.compare_digest(b'abc', b'abc'))
t(lambda: hmac.compare_digest(b'abc', b'abd'))
t(lambda: hmac.compare_digest(b'ab', b'abc'))
t(lambda: hmac.compare_digest('abc', 'abc'))
t(lambda: hmac.compare_digest(bytearray(b'ab'), memoryview(b'ab')))
t(lambda: hmac.compare_digest('a', b'a'))
t(lambda: hmac.compare_digest(b'a', 'a'))
t(lambda: hmac.compare_digest('\xe9', '\xe9'))
t(lambda: hmac.compare_digest(1, 1))
t(lambda: hmac.compare_digest(b'ab'))

t(lambda: hmac.new(b'key'))
t(lambda: hmac.new('key', digestmod='md5'))
t(lambda: hmac.new(memoryview(b'key'), digestmod='md5'))
t(lambda: hmac.new(b'key', 'msg', digestmod='md5'))
t(lambda: hmac.new(b'key', digestmod='foo'))
t(lambda: hmac.new(b'key', digestmod=1))
t(lambda: hmac.digest(b'k', b'm', 'foo'))
t(lambda: hmac.digest('k', b'm', 'md5'))
t(lambda: hmac.digest(b'k', 'm', 'md5'))
t(lambda: h.update('x'))
t(lambda: h.update(1))
