# hmac: wrong keys, messages and digestmods, the block-size warnings, compare_digest.
import hashlib
import hmac
import warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for key in ('str', 5, None, memoryview(b'k'), [1], bytearray(b'ok')):
    t(lambda: hmac.new(key, b'm', 'md5').name)
for mod in ('', None, 0, False, 'nope', 7, hashlib):
    t(lambda: hmac.new(b'k', b'm', mod).name)
t(lambda: hmac.new(b'k'))
t(lambda: hmac.new())
t(lambda: hmac.HMAC())
t(lambda: hmac.new(b'k', 'text', 'md5'))
t(lambda: hmac.new(b'k', 5, 'md5'))
t(lambda: hmac.new(b'k', digestmod='md5').update(None))
t(lambda: hmac.digest(b'k', b'm'))
t(lambda: hmac.digest(b'k', b'm', ''))
t(lambda: hmac.digest(b'k', b'm', 'nope'))
t(lambda: hmac.digest('k', b'm', 'md5'))
t(lambda: hmac.digest(b'k', None, 'md5'))
t(lambda: hmac.digest(b'k', 3, hashlib.sha1))
t(lambda: hmac.digest(b'k', 'm', lambda d=b'': hashlib.md5(d)))
t(lambda: hmac.digest(b'k', b'm', 5))


class NoBlock:
    """A hash object without block_size."""
    digest_size = 32

    def __init__(self, data=b''):
        self._h = hashlib.sha256(data)
        self.name = 'noblock'

    def update(self, data):
        self._h.update(data)

    def copy(self):
        other = NoBlock()
        other._h = self._h.copy()
        return other

    def digest(self):
        return self._h.digest()

    def hexdigest(self):
        return self._h.hexdigest()


class TinyBlock(NoBlock):
    block_size = 8


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    a = hmac.new(b'k', b'm', NoBlock)
    b = hmac.new(b'k', b'm', TinyBlock)
    d = hmac.digest(b'k', b'm', TinyBlock)
print([(w.category.__name__, str(w.message)) for w in caught])
print(a.block_size, b.block_size, a.name, a.hexdigest() == b.hexdigest(), d == b.digest())

for x, y in [(b'a', b'a'), (b'a', b'b'), (b'', b'x'), ('ab', 'ab'), ('ab', 'abc'),
             (bytearray(b'z'), b'z'), (memoryview(b'q'), bytearray(b'q'))]:
    t(lambda: hmac.compare_digest(x, y))
for x, y in [('a', b'a'), (b'a', 'a'), (1, b'a'), (b'a', None), ('\xff', 'a'), ('a', '\u0100')]:
    t(lambda: hmac.compare_digest(x, y))
t(lambda: hmac.compare_digest())
t(lambda: hmac.compare_digest(b'', b'', b''))
t(lambda: hmac.compare_digest(b'', b=b''))
