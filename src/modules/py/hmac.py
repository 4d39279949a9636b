"""Message authentication codes keyed by a secret (RFC 2104 HMAC) on top of hashlib.

refpy's own implementation, written from the module's documentation: the key is
padded to the hash's block, mixed with two fixed pads, and the message is hashed
twice (inner hash of the message, outer hash of the inner digest).
"""

import hashlib as _hashlib

# Byte translation tables: every byte XOR-ed with the outer (0x5C) and inner (0x36) pad.
trans_5C = bytes([n ^ 0x5C for n in range(256)])
trans_36 = bytes([n ^ 0x36 for n in range(256)])

# Module-level attribute of the PEP 247 interface; the size depends on the hash chosen,
# so each HMAC object carries its own digest_size.
digest_size = None

# hashlib's named constructors; for these (and for hash names) the one-shot digest()
# demands bytes-like key and message up front, as the OpenSSL fast path does.
_NAMED_MAKERS = (_hashlib.md5, _hashlib.sha1, _hashlib.sha224, _hashlib.sha256,
                 _hashlib.sha384, _hashlib.sha512)


def _maker_for(spec):
    """A callable `maker(data=b'')` producing fresh hash objects for a digestmod value:
    a hashlib name, a constructor, or a PEP 247 module with a `new` function."""
    if isinstance(spec, str):
        return lambda data=b'': _hashlib.new(spec, data)
    if callable(spec):
        return spec
    return lambda data=b'': spec.new(data)


def _fitted_key(key, maker, block):
    """The key reduced (when longer than a block) and zero-filled to `block` bytes."""
    if len(key) > block:
        key = maker(key).digest()
    return key + bytes(block - len(key))


def _warn(text):
    import warnings
    warnings.warn(text, RuntimeWarning, 3)


class HMAC:
    """An HMAC computation in progress (the object `hmac.new` returns)."""

    # Block size assumed for hashes that report none (or an implausibly small one).
    blocksize = 64

    # Five slots, as CPython's HMAC has (its instances have the same size); the third
    # is unused here.
    __slots__ = ("_in_hash", "_out_hash", "_spare", "digest_size", "block_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        maker = _maker_for(digestmod)
        inner = maker()
        outer = maker()
        self.digest_size = inner.digest_size
        block = self._choose_block(inner, isinstance(digestmod, str)
                                   or digestmod in _NAMED_MAKERS)
        self.block_size = block
        padded = _fitted_key(key, maker, block)
        outer.update(padded.translate(trans_5C))
        inner.update(padded.translate(trans_36))
        self._in_hash = inner
        self._out_hash = outer
        if msg is not None:
            inner.update(msg)

    def _choose_block(self, probe, trusted):
        fallback = self.blocksize
        if trusted:
            return probe.block_size
        try:
            block = probe.block_size
        except AttributeError:
            _warn('No block_size attribute on given digest object; Assuming %d.'
                  % fallback)
            return fallback
        if block < 16:
            _warn('block_size of %d seems too small; using our default of %d.'
                  % (block, fallback))
            return fallback
        return block

    @property
    def name(self):
        return "hmac-%s" % self._in_hash.name

    def update(self, msg):
        """Add msg (bytes-like) to the authenticated message."""
        self._in_hash.update(msg)

    def copy(self):
        """An independent HMAC object in the same state as this one."""
        cls = type(self)
        twin = cls.__new__(cls)
        twin.digest_size = self.digest_size
        # As in CPython, a copy carries no block_size attribute.
        twin._in_hash = self._in_hash.copy()
        twin._out_hash = self._out_hash.copy()
        return twin

    def _finished(self):
        """The outer hash fed with the inner digest, on copies (self stays usable)."""
        final = self._out_hash.copy()
        final.update(self._in_hash.digest())
        return final

    def digest(self):
        """The MAC of everything given so far, as bytes."""
        return self._finished().digest()

    def hexdigest(self):
        """The MAC of everything given so far, as a string of hex digits."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for `key`, fed with `msg` if given, hashing with `digestmod`
    (a hashlib name, a hash constructor or a PEP 247 module; required)."""
    return HMAC(key, msg, digestmod)


def _as_bytes(value):
    """The bytes of a bytes-like object, with the buffer protocol's error otherwise."""
    view = _view(value)
    if view is None:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(value).__name__)
    return view


def _view(value):
    """bytes(value) for an object with the buffer protocol (not str), else None."""
    if isinstance(value, str):
        return None
    try:
        return bytes(memoryview(value))
    except TypeError:
        return None


def digest(key, msg, digest):
    """The MAC of `msg` under `key` in one call, as bytes."""
    if isinstance(digest, str) or digest in _NAMED_MAKERS:
        key = _as_bytes(key)
        msg = _as_bytes(msg)
    # Computed directly, without an HMAC object.
    maker = _maker_for(digest)
    inner = maker()
    outer = maker()
    padded = _fitted_key(key, maker, getattr(inner, 'block_size', 64))
    inner.update(padded.translate(trans_36))
    outer.update(padded.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(*args, **kwargs):
    """True when a == b, taking the same time whatever the position of the first
    difference. Both must be str (ASCII only) or both bytes-like."""
    if kwargs:
        raise TypeError("_hashlib.compare_digest() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("compare_digest expected 2 arguments, got %d" % len(args))
    left, right = args
    if isinstance(left, str) and isinstance(right, str):
        if not (left.isascii() and right.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        left = left.encode()
        right = right.encode()
    else:
        # At least one side must have the buffer protocol; then both must.
        left_bytes = _view(left)
        right_bytes = _view(right)
        if left_bytes is None and right_bytes is None:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(left).__name__, type(right).__name__))
        left = _as_bytes(left) if left_bytes is None else left_bytes
        right = _as_bytes(right) if right_bytes is None else right_bytes
    # Walk the whole of `left` whatever happens, so the time depends on its length only.
    verdict = len(left) ^ len(right)
    against = right if len(left) == len(right) else left
    for x, y in zip(left, against):
        verdict |= x ^ y
    return verdict == 0
