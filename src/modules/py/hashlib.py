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
    _state_update(state, data)


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
        return _state_digest(self._state)

    def hexdigest(self, *args, **kwargs):
        """Return the digest value as a string of hexadecimal digits."""
        if args or kwargs:
            _no_args('hexdigest', args, kwargs)
        return _state_digest(self._state).hex()

    def copy(self, *args, **kwargs):
        """Return a copy of the hash object."""
        if args or kwargs:
            _no_args('copy', args, kwargs)
        return _make(self._name, bytearray(self._state))

    def __repr__(self):
        return f"<{self._name} {_TYPE_NAME} object @ {hex(id(self))}>"

    name = _ReadOnly('name', lambda self: self._name, _TYPE_NAME)
    digest_size = _ReadOnly('digest_size', lambda self: _INFO[self._name][0], _TYPE_NAME)
    block_size = _ReadOnly('block_size', lambda self: _INFO[self._name][1], _TYPE_NAME)


HASH.__module__ = '_hashlib'
_set_slot = object.__setattr__


def _make(name, state):
    h = object.__new__(HASH)
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


def _constructor(name):
    func = 'openssl_' + name

    def constructor(*args, **kwargs):
        (data,) = _parse(func, args, kwargs, ('string',))
        state = _state_new(name)
        if data is not _MISSING:
            _hash_bytes(state, data)
        return _make(name, state)

    constructor.__name__ = constructor.__qualname__ = func
    constructor.__doc__ = f"Returns a {name} hash object; optionally initialized with a string"
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    name, string = _parse('new', (name, data), kwargs, ('name', 'string'))
    state = _state_new(name)
    if state is None:
        raise ValueError(f"unsupported hash type {name}")
    if string is not _MISSING:
        _hash_bytes(state, string)
    return _make(name.lower(), state)


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
