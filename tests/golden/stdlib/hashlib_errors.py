# hashlib: the errors of CPython's _hashlib, word for word.
import hashlib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hashlib.md5('abc'))
t(lambda: hashlib.sha256('abc'))
t(lambda: hashlib.sha1(1))
t(lambda: hashlib.sha1(None))
t(lambda: hashlib.sha1([1, 2]))
t(lambda: hashlib.sha1(memoryview(b'abcd')[::2]))
class S(str):
    pass
t(lambda: hashlib.sha1(S('a')))
t(lambda: hashlib.md5(b'x', b'y'))
t(lambda: hashlib.md5(b'x', string=b'y'))
t(lambda: hashlib.md5(foo=1))
t(lambda: hashlib.sha384(b'x', True))

t(lambda: hashlib.new())
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.new('md5', 'a'))
t(lambda: hashlib.new('md5', None))
t(lambda: hashlib.new('md5', 1))
t(lambda: hashlib.new('md5', b'a', foo=1))
t(lambda: hashlib.new('md5', data=b'a', string=b'b'))
t(lambda: hashlib.new(b'md5'))
t(lambda: hashlib.new(None))

h = hashlib.sha1()
t(lambda: h.update())
t(lambda: h.update(b'a', b'b'))
t(lambda: h.update(data=b'a'))
t(lambda: h.update('x'))
t(lambda: h.update(3.5))
t(lambda: h.digest(1))
t(lambda: h.hexdigest(1))
t(lambda: h.copy(1))
t(lambda: setattr(h, 'name', 'x'))
t(lambda: setattr(h, 'digest_size', 1))
t(lambda: setattr(h, 'block_size', 1))
t(lambda: delattr(h, 'name'))
t(lambda: setattr(h, 'foo', 1))
t(lambda: h.foo)
t(lambda: type(h)())
print(h.hexdigest())

t(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1))
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', 'salt', 1))
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0))
t(lambda: hashlib.pbkdf2_hmac('foo', b'pw', b'salt', 1))
t(lambda: issubclass(type(hashlib.md5()), object))
