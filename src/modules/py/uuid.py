"""UUID objects and the uuid1/3/4/5 generators of RFC 4122, as documented for
CPython 3.11's uuid module.

getnode() reads a hardware address from /sys/class/net when one is there and
otherwise uses a random 48-bit number with the multicast bit set (as RFC 4122 allows).
"""

import operator
import os
from enum import Enum

_int = int
_bytes = bytes

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']


class SafeUUID(Enum):
    """Whether the platform generated a uuid1 in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# (name, bit width) of the six fields, most significant first.
_FIELDS = [("time_low", 32), ("time_mid", 16), ("time_hi_version", 16),
           ("clock_seq_hi_variant", 8), ("clock_seq_low", 8), ("node", 48)]


def _swap_le(data):
    """Reverse the byte order of the first three fields (bytes <-> bytes_le)."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for n, ((_, width), field) in enumerate(zip(_FIELDS, fields), 1):
        if not 0 <= field < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)' % (n, article, width))
        value = (value << width) | field
    return value


def _int_comparison(op):
    """A rich comparison between UUIDs by their int value (NotImplemented for others)."""
    def compare(self, other):
        if isinstance(other, UUID):
            return op(self.int, other.int)
        return NotImplemented
    compare.__name__ = '__%s__' % op.__name__
    return compare


class UUID:
    """An immutable 128-bit UUID; build it from exactly one of hex, bytes,
    bytes_le, fields or int (version, if given, overwrites the version and variant bits)."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            if not isinstance(bytes, _bytes):
                raise AssertionError(repr(bytes))
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            int = _from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant (bits 10xx) and the version nibble.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe'])
                           if 'is_safe' in state else SafeUUID.unknown)

    __eq__ = _int_comparison(operator.eq)
    __lt__ = _int_comparison(operator.lt)
    __gt__ = _int_comparison(operator.gt)
    __le__ = _int_comparison(operator.le)
    __ge__ = _int_comparison(operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number, only for RFC 4122 UUIDs (None otherwise)."""
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_node = None


def _hardware_node():
    """The first non-zero, universally administered MAC address under /sys/class/net."""
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return None
    for name in names:
        try:
            with open('/sys/class/net/%s/address' % name) as f:
                mac = _int(f.read().strip().replace(':', ''), 16)
        except (OSError, ValueError):
            continue
        if mac and not mac & (1 << 41):  # skip zero and locally administered addresses
            return mac
    return None


def getnode():
    """The 48-bit hardware address as an int (random, multicast bit set, if none is found)."""
    global _node
    if _node is None:
        _node = _hardware_node()
        if _node is None:
            _node = _int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A time-based UUID from the host ID (getnode()), a sequence number and the time."""
    global _last_timestamp
    import time
    # 100-ns intervals since the Gregorian reform, 1582-10-15.
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), 'big') >> 2
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
              (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _name_based(hash_factory, namespace, name, version):
    # 3.11 accepts only str names (bytes names came in 3.12).
    digest = hash_factory(namespace.bytes + _bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    return _name_based(md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    return _name_based(sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
