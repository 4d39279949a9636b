"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), and sha512()

The digests are computed natively by refpy (modules/hashing); the hash objects
are `_hashlib.HASH` objects as with CPython's OpenSSL backend.
"""

# Native helpers, set before this source runs (modules/hashlib.rs):
# _algorithms() -> ((name, digest_size, block_size), ...)
# _state_new(name) -> state bytearray, or None for an unknown name
# _state_update(state, data), _state_digest(state) -> bytes

_INFO = {name: (digest, block) for name, digest, block in _algorithms()}
del _algorithms

algorithms_guaranteed = set(_INFO)
algorithms_available = set(_INFO)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')

_TYPE_NAME = '_hashlib.HASH'


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'


def _hash_bytes(state, data):
    """Hashes `data` into `state` with the checks of CPython's GET_BUFFER_VIEW_OR_ERROUT."""
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, memoryview) and not data.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    if type(state) is bytearray:
        _state_update(state, data)
    else:
        state.update(bytes(memoryview(data)))


def _digest_of(state):
    return _state_digest(state) if type(state) is bytearray else state.digest()


def _copy_of(state):
    return bytearray(state) if type(state) is bytearray else state.copy()


from _getset import ReadOnly as _ReadOnly


def _no_args(name, args, kwargs):
    if kwargs:
        raise TypeError(f"HASH.{name}() takes no keyword arguments")
    if args:
        raise TypeError(f"HASH.{name}() takes no arguments ({len(args)} given)")


class HASH:
    """A hash is an object used to calculate a checksum of a string of information.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output"""

    __slots__ = ('_state', '_name')

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{_TYPE_NAME}' instances")

    def __setattr__(self, name, value):
        if name in ('name', 'digest_size', 'block_size'):
            raise AttributeError(
                f"attribute '{name}' of '{_TYPE_NAME}' objects is not writable")
        raise AttributeError(f"'{_TYPE_NAME}' object has no attribute '{name}'")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __getattr__(self, name):
        raise AttributeError(f"'{_TYPE_NAME}' object has no attribute '{name}'")

    def update(self, *args, **kwargs):
        """Update this hash object's state with the provided string."""
        if kwargs:
            raise TypeError("HASH.update() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(
                f"HASH.update() takes exactly one argument ({len(args)} given)")
        _hash_bytes(self._state, args[0])

    def digest(self, *args, **kwargs):
        """Return the digest value as a bytes object."""
        if args or kwargs:
            _no_args('digest', args, kwargs)
        return _digest_of(self._state)

    def hexdigest(self, *args, **kwargs):
        """Return the digest value as a string of hexadecimal digits."""
        if args or kwargs:
            _no_args('hexdigest', args, kwargs)
        return _digest_of(self._state).hex()

    def copy(self, *args, **kwargs):
        """Return a copy of the hash object."""
        if args or kwargs:
            _no_args('copy', args, kwargs)
        return _make(self._name, _copy_of(self._state), type(self))

    def __repr__(self):
        return f"<{self._name} {_TYPE_NAME} object @ {hex(id(self))}>"

    name = _ReadOnly('name', lambda self: self._name, _TYPE_NAME)
    digest_size = _ReadOnly('digest_size', lambda self: _INFO[self._name][0], _TYPE_NAME)
    block_size = _ReadOnly('block_size', lambda self: _INFO[self._name][1], _TYPE_NAME)


HASH.__module__ = '_hashlib'
_set_slot = object.__setattr__


def _make(name, state, cls=HASH):
    h = object.__new__(cls)
    _set_slot(h, '_state', state)
    _set_slot(h, '_name', name)
    return h


_MISSING = object()


def _parse(func, args, kwargs, names):
    """CPython's argument clinic checks for `func(name1=..., *, usedforsecurity)`:
    the values of `names` (_MISSING when not given)."""
    if len(args) > len(names):
        n = len(names)
        raise TypeError(f"{func}() takes at most {n} positional argument"
                        f"{'' if n == 1 else 's'} ({len(args)} given)")
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key in kwargs:
        if key == 'usedforsecurity':
            continue
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {func}()")
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for {func}() given by name ('{key}') "
                            f"and position ({i + 1})")
        values[i] = kwargs[key]
    return values


def _constructor(name, cls=HASH):
    func = 'openssl_' + name

    def constructor(*args, **kwargs):
        (data,) = _parse(func, args, kwargs, ('string',))
        state = _state_new(name)
        if data is not _MISSING:
            _hash_bytes(state, data)
        return _make(name, state, cls)

    constructor.__name__ = constructor.__qualname__ = func
    constructor.__doc__ = f"Returns a {name} hash object; optionally initialized with a string"
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


# ---------------------------------------------------------------- SHA-3 and SHAKE
#
# Written from FIPS 202: the Keccak-f[1600] permutation on 25 lanes of 64 bits (lane
# (x, y) at index x + 5*y, bytes little-endian), a sponge of `rate` bytes, and the
# domain bits 01 (SHA-3) or 1111 (SHAKE) before the pad10*1.

_M64 = (1 << 64) - 1


def _keccak_tables():
    # the round constants from the spec's LFSR (x^8 + x^6 + x^5 + x^4 + 1)
    def bit(t):
        reg = 1
        for _ in range(t % 255):
            reg <<= 1
            if reg & 0x100:
                reg ^= 0x171
        return reg & 1
    constants = []
    for rnd in range(24):
        value = 0
        for j in range(7):
            if bit(j + 7 * rnd):
                value |= 1 << ((1 << j) - 1)
        constants.append(value)
    # rho's offsets along the walk (1, 0) -> (y, 2x + 3y), with pi's destinations
    moves = []
    x, y = 1, 0
    for t in range(24):
        moves.append((x + 5 * y, ((t + 1) * (t + 2) // 2) % 64, y + 5 * ((2 * x + 3 * y) % 5)))
        x, y = y, (2 * x + 3 * y) % 5
    return constants, moves


_KECCAK_RC, _KECCAK_MOVES = _keccak_tables()
del _keccak_tables


def _keccak_f(a):
    """Permutes the 25 lanes of `a` in place (24 rounds)."""
    m = _M64
    moves = _KECCAK_MOVES
    rng5 = range(5)
    for rc in _KECCAK_RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in rng5]
        for x in rng5:
            r = c[(x + 1) % 5]
            d = c[(x - 1) % 5] ^ (((r << 1) | (r >> 63)) & m)
            for i in range(x, 25, 5):
                a[i] ^= d
        b = [0] * 25
        b[0] = a[0]
        for src, off, dst in moves:
            v = a[src]
            b[dst] = ((v << off) | (v >> (64 - off))) & m
        for y in range(0, 25, 5):
            b0, b1, b2, b3, b4 = b[y:y + 5]
            a[y] = b0 ^ (~b1 & b2)
            a[y + 1] = b1 ^ (~b2 & b3)
            a[y + 2] = b2 ^ (~b3 & b4)
            a[y + 3] = b3 ^ (~b4 & b0)
            a[y + 4] = b4 ^ (~b0 & b1)
        a[0] ^= rc


class _Sponge:
    """A Keccak sponge: `rate` bytes absorbed per permutation, `suffix` the domain
    bits with the first pad bit, `size` the digest length (0 for SHAKE)."""

    __slots__ = ('rate', 'suffix', 'size', 'lanes', 'pending')

    def __init__(self, rate, suffix, size):
        self.rate = rate
        self.suffix = suffix
        self.size = size
        self.lanes = [0] * 25
        self.pending = b''

    def copy(self):
        other = _Sponge(self.rate, self.suffix, self.size)
        other.lanes = list(self.lanes)
        other.pending = self.pending
        return other

    def _absorb(self, lanes, block):
        for i in range(self.rate // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        _keccak_f(lanes)

    def update(self, data):
        data = self.pending + data
        rate = self.rate
        full = len(data) - len(data) % rate
        for start in range(0, full, rate):
            self._absorb(self.lanes, data[start:start + rate])
        self.pending = data[full:]

    def digest(self, length=None):
        length = self.size if length is None else length
        lanes = list(self.lanes)
        rate = self.rate
        block = bytearray(self.pending)
        block.append(self.suffix)
        block.extend(bytes(rate - len(block)))
        block[-1] |= 0x80
        self._absorb(lanes, block)
        out = bytearray()
        while True:
            out += b''.join(v.to_bytes(8, 'little') for v in lanes[:rate // 8])
            if len(out) >= length:
                return bytes(out[:length])
            _keccak_f(lanes)


# name: (rate, domain suffix, digest size)
_SPONGES = {
    'sha3_224': (144, 0x06, 28), 'sha3_256': (136, 0x06, 32),
    'sha3_384': (104, 0x06, 48), 'sha3_512': (72, 0x06, 64),
    'shake_128': (168, 0x1F, 0), 'shake_256': (136, 0x1F, 0),
}
for _name, (_rate, _suffix, _size) in _SPONGES.items():
    _INFO[_name] = (_size, _rate)
del _name, _rate, _suffix, _size
_native_state_new = _state_new


def _state_new(name):
    spec = _SPONGES.get(name)
    if spec is not None:
        return _Sponge(*spec)
    return _native_state_new(name)


class HASHXOF(HASH):
    """A hash is an object used to calculate a checksum of a string of information.

Methods:

update() -- updates the current digest with an additional string
digest(length) -- return the current digest value
hexdigest(length) -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output"""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASHXOF' instances")

    def digest(self, *args, **kwargs):
        """Return the digest value as a bytes object."""
        return self._state.digest(_xof_length('digest', args, kwargs))

    def hexdigest(self, *args, **kwargs):
        """Return the digest value as a string of hexadecimal digits."""
        return self._state.digest(_xof_length('hexdigest', args, kwargs)).hex()

    def __repr__(self):
        return f"<{self._name} _hashlib.HASHXOF object @ {hex(id(self))}>"


HASHXOF.__module__ = '_hashlib'


def _xof_length(func, args, kwargs):
    (length,) = _parse(func, args, kwargs, ('length',))
    if length is _MISSING:
        raise TypeError(f"{func}() missing required argument 'length' (pos 1)")
    length = _index(length)
    if length < 0:
        raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
    return length


def _index(value):
    if not hasattr(type(value), '__index__'):
        raise TypeError(
            f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return type(value).__index__(value)


sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128', HASHXOF)
shake_256 = _constructor('shake_256', HASHXOF)


# ---------------------------------------------------------------- BLAKE2
#
# Written from RFC 7693 and the BLAKE2 paper's parameter block (salt, personalization,
# tree parameters). One class of ours serves both widths.

def _blake2_iv(bits):
    # the first `bits` bits of the fractional parts of the square roots of 2..19
    import math
    primes = (2, 3, 5, 7, 11, 13, 17, 19)
    return tuple(math.isqrt(p << (2 * bits)) & ((1 << bits) - 1) for p in primes)


_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

# width: (word bytes, rounds, rotations, block bytes, IV)
_B2_WIDTHS = {
    'blake2b': (8, 12, (32, 24, 16, 63), 128, _blake2_iv(64)),
    'blake2s': (4, 10, (16, 12, 8, 7), 64, _blake2_iv(32)),
}
del _blake2_iv


def _blake2_compress(width, h, block, count, last, last_node):
    wb, rounds, (r1, r2, r3, r4), _, iv = width
    bits = wb * 8
    mask = (1 << bits) - 1
    m = [int.from_bytes(block[i:i + wb], 'little') for i in range(0, len(block), wb)]
    v = list(h) + list(iv)
    v[12] ^= count & mask
    v[13] ^= (count >> bits) & mask
    if last:
        v[14] ^= mask
    if last_node:
        v[15] ^= mask

    def g(a, b, c, d, x, y):
        va = (v[a] + v[b] + x) & mask
        vd = v[d] ^ va
        vd = ((vd >> r1) | (vd << (bits - r1))) & mask
        vc = (v[c] + vd) & mask
        vb = v[b] ^ vc
        vb = ((vb >> r2) | (vb << (bits - r2))) & mask
        va = (va + vb + y) & mask
        vd ^= va
        vd = ((vd >> r3) | (vd << (bits - r3))) & mask
        vc = (vc + vd) & mask
        vb ^= vc
        vb = ((vb >> r4) | (vb << (bits - r4))) & mask
        v[a], v[b], v[c], v[d] = va, vb, vc, vd

    for i in range(rounds):
        s = _SIGMA[i % 10]
        g(0, 4, 8, 12, m[s[0]], m[s[1]])
        g(1, 5, 9, 13, m[s[2]], m[s[3]])
        g(2, 6, 10, 14, m[s[4]], m[s[5]])
        g(3, 7, 11, 15, m[s[6]], m[s[7]])
        g(0, 5, 10, 15, m[s[8]], m[s[9]])
        g(1, 6, 11, 12, m[s[10]], m[s[11]])
        g(2, 7, 8, 13, m[s[12]], m[s[13]])
        g(3, 4, 9, 14, m[s[14]], m[s[15]])
    return [h[i] ^ v[i] ^ v[i + 8] for i in range(8)]


def _b2_bytes(value):
    if isinstance(value, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(value))


class _Blake2:
    __slots__ = ('_h', '_count', '_pending', '_size', '_last_node')

    def __new__(cls, *args, **kwargs):
        wb, _, _, block, iv = width = _B2_WIDTHS[cls.name]
        self = object.__new__(cls)
        if len(args) > 1:
            raise TypeError(f"{cls.name}() takes at most 1 positional argument "
                            f"({len(args)} given)")
        data = args[0] if args else _MISSING
        kw = dict(digest_size=wb * 8, key=b'', salt=b'', person=b'', fanout=1,
                  depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                  last_node=False)
        for key, value in kwargs.items():
            if key == 'usedforsecurity':
                continue
            if key not in kw:
                raise TypeError(f"'{key}' is an invalid keyword argument for {cls.name}()")
            kw[key] = value
        most = wb * 8
        size = _index(kw['digest_size'])
        if not 1 <= size <= most:
            raise ValueError(f"digest_size must be between 1 and {most} bytes")
        key = _b2_bytes(kw['key'])
        salt = _b2_bytes(kw['salt'])
        if len(salt) > 2 * wb:
            raise ValueError(f"maximum salt length is {2 * wb} bytes")
        person = _b2_bytes(kw['person'])
        if len(person) > 2 * wb:
            raise ValueError(f"maximum person length is {2 * wb} bytes")
        fanout = _index(kw['fanout'])
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        depth = _index(kw['depth'])
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        leaf = _index(kw['leaf_size'])
        if leaf < 0:
            raise ValueError("value must be positive")
        if leaf >= 1 << 32:
            raise OverflowError("leaf_size is too large")
        offset = _index(kw['node_offset'])
        if offset < 0:
            raise ValueError("value must be positive")
        if offset >= 1 << 64:
            raise OverflowError("int too big to convert")
        if offset >= 1 << (6 * wb) and wb == 4:
            raise OverflowError("node_offset is too large")
        node_depth = _index(kw['node_depth'])
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        inner = _index(kw['inner_size'])
        if not 0 <= inner <= most:
            raise ValueError(f"inner_size must be between 0 and is {most}")
        if len(key) > most:
            raise ValueError(f"maximum key length is {most} bytes")
        # the parameter block, XORed into the IV
        param = bytes([size, len(key), fanout, depth]) + leaf.to_bytes(4, 'little')
        param += offset.to_bytes(6 if wb == 4 else 8, 'little')
        param += bytes([node_depth, inner])
        param = param.ljust(4 * wb, b'\0') + salt.ljust(2 * wb, b'\0') + person.ljust(2 * wb, b'\0')
        words = [int.from_bytes(param[i:i + wb], 'little') for i in range(0, 8 * wb, wb)]
        set_ = object.__setattr__
        set_(self, '_h', [a ^ b for a, b in zip(iv, words)])
        set_(self, '_count', 0)
        set_(self, '_pending', key.ljust(block, b'\0') if key else b'')
        set_(self, '_size', size)
        set_(self, '_last_node', bool(kw['last_node']))
        if data is not _MISSING:
            self.update(data)
        return self

    def __setattr__(self, name, value):
        if name in ('name', 'digest_size', 'block_size'):
            raise AttributeError(f"attribute '{name}' of '_blake2.{self.name}' objects "
                                 "is not writable")
        raise AttributeError(f"'_blake2.{self.name}' object has no attribute '{name}'")

    def update(self, data, /):
        """Update this hash object's state with the provided bytes-like object."""
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        width = _B2_WIDTHS[self.name]
        block = width[3]
        data = self._pending + bytes(memoryview(data))
        h, count = self._h, self._count
        # the last block waits: it is compressed with the final flag
        while len(data) > block:
            count += block
            h = _blake2_compress(width, h, data[:block], count, False, False)
            data = data[block:]
        object.__setattr__(self, '_h', h)
        object.__setattr__(self, '_count', count)
        object.__setattr__(self, '_pending', data)

    def digest(self):
        """Return the digest value as a bytes object."""
        width = _B2_WIDTHS[self.name]
        wb, block = width[0], width[3]
        tail = self._pending
        h = _blake2_compress(width, self._h, tail.ljust(block, b'\0'),
                             self._count + len(tail), True, self._last_node)
        return b''.join(w.to_bytes(wb, 'little') for w in h)[:self._size]

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        for slot in ('_h', '_count', '_pending', '_size', '_last_node'):
            value = getattr(self, slot)
            object.__setattr__(other, slot, list(value) if slot == '_h' else value)
        return other

    def __repr__(self):
        return f"<_blake2.{self.name} object at {hex(id(self))}>"

    digest_size = property(lambda self: self._size)
    block_size = property(lambda self: _B2_WIDTHS[self.name][3])


def _blake2_class(name, doc, small, large):
    # blake2b and blake2s are unrelated C types: each gets its own copy of the methods
    ns = {key: value for key, value in _Blake2.__dict__.items()
          if key not in _Blake2.__slots__ and key not in ('__dict__', '__weakref__')}
    ns.update(__doc__=doc, __module__='_blake2', __qualname__=name, name=name,
              SALT_SIZE=small, PERSON_SIZE=small, MAX_KEY_SIZE=large,
              MAX_DIGEST_SIZE=large)
    return type(name, (), ns)


blake2b = _blake2_class('blake2b', 'Return a new BLAKE2b hash object.', 16, 64)
blake2s = _blake2_class('blake2s', 'Return a new BLAKE2s hash object.', 8, 32)
del _blake2_class
_INFO['blake2b'] = (64, 128)
_INFO['blake2s'] = (32, 64)
_BLAKE2 = {'blake2b': blake2b, 'blake2s': blake2s}
algorithms_guaranteed = algorithms_guaranteed | set(_SPONGES) | set(_BLAKE2)
algorithms_available = algorithms_available | set(_SPONGES) | set(_BLAKE2)
__all__ += ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
            'blake2b', 'blake2s')


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    if name in _BLAKE2:
        return _BLAKE2[name](data, **kwargs)
    name, string = _parse('new', (name, data), kwargs, ('name', 'string'))
    state = _state_new(name)
    if state is None:
        raise ValueError(f"unsupported hash type {name}")
    if string is not _MISSING:
        _hash_bytes(state, string)
    return _make(name.lower(), state, HASHXOF if name in ('shake_128', 'shake_256')
                 else HASH)


new = __hash_new


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError(
            f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    if _state_new(hash_name) is None:
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    for value in (password, salt):
        if isinstance(value, str):
            raise TypeError(
                f"a bytes-like object is required, not '{type(value).__name__}'")
    password = bytes(password)
    salt = bytes(salt)
    if not isinstance(iterations, int):
        raise TypeError(
            f"'{type(iterations).__name__}' object cannot be interpreted as an integer")
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    size, block = _INFO[hash_name.lower()]
    if dklen is None:
        dklen = size
    elif not isinstance(dklen, int):
        raise TypeError(
            f"'{type(dklen).__name__}' object cannot be interpreted as an integer")
    elif dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password.ljust(block, b'\0')
    inner_key = bytes(b ^ 0x36 for b in password)
    outer_key = bytes(b ^ 0x5c for b in password)

    def prf(msg):
        inner = new(hash_name, inner_key)
        inner.update(msg)
        outer = new(hash_name, outer_key)
        outer.update(inner.digest())
        return outer.digest()

    out = b''
    index = 1
    while len(out) < dklen:
        u = prf(salt + index.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        index += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # CPython asks for `readinto`; refpy's io objects lack it, so a readable object
    # whose read() gives bytes is accepted too.
    if not (hasattr(fileobj, 'readable') and hasattr(fileobj, 'read')
            and fileobj.readable()
            and (hasattr(fileobj, 'readinto') or isinstance(fileobj.read(0), bytes))):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
