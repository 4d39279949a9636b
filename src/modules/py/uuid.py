"""Universally unique identifiers as RFC 4122 defines them.

refpy's `uuid`, written from the module's documentation and RFC 4122: the immutable
`UUID` class (a 128-bit int with views of its fields), `uuid1()`/`uuid3()`/`uuid4()`/
`uuid5()`, `getnode()` and the predefined namespaces.
"""

import builtins as _bi
import os
from enum import Enum

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

# The variant lives in the top bits of the clock_seq_hi_variant octet (bits 56-63).
_VARIANT_BIT1, _VARIANT_BIT2, _VARIANT_BIT3 = 1 << 63, 1 << 62, 1 << 61

# (name, number of bits) of the six fields, most significant first.
_FIELD_WIDTHS = ((1, 32), (2, 16), (3, 16), (4, 8), (5, 8), (6, 48))


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _hex_to_int(text):
    # Braces, hyphens and the urn:uuid: prefix are decoration.
    for prefix in ("urn:", "uuid:"):
        text = text.replace(prefix, "")
    digits = text.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return _bi.int(digits, 16)


def _le_to_be(data):
    """The first three fields are stored little-endian in bytes_le."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _fields_to_int(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    value = 0
    for (position, width), part in zip(_FIELD_WIDTHS, fields):
        if not 0 <= part < (1 << width):
            article = "an" if width == 8 else "a"
            raise ValueError("field %d out of range (need %s %d-bit value)"
                             % (position, article, width))
        value = (value << width) | part
    return value


def _field(shift, mask):
    return property(lambda self: (self.int >> shift) & mask)


def _ordering(test):
    def compare(self, other):
        if isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented

    return compare


class UUID:
    """An immutable UUID: one 128-bit integer, shown as 32 hex digits in
    8-4-4-4-12 groups, with read-only views of its fields."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            int = _hex_to_int(hex)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _le_to_be(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            if not isinstance(bytes, _bi.bytes):
                raise AssertionError(repr(bytes))
            int = _bi.int.from_bytes(bytes, "big")
        if fields is not None:
            int = _fields_to_int(fields)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # RFC 4122 variant (bits 10xx) and the version nibble.
            int = (int & ~(0xC000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xF000 << 64)) | (version << 76)
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        safety = SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown
        object.__setattr__(self, "is_safe", safety)

    __eq__ = _ordering(lambda a, b: a == b)
    __lt__ = _ordering(lambda a, b: a < b)
    __gt__ = _ordering(lambda a, b: a > b)
    __le__ = _ordering(lambda a, b: a <= b)
    __ge__ = _ordering(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        digits = self.hex
        return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20],
                         digits[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _le_to_be(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    time_low = _field(96, 0xFFFFFFFF)
    time_mid = _field(80, 0xFFFF)
    time_hi_version = _field(64, 0xFFFF)
    clock_seq_hi_variant = _field(56, 0xFF)
    clock_seq_low = _field(48, 0xFF)
    node = _field(0, 0xFFFFFFFFFFFF)

    @property
    def time(self):
        # 60 bits: time_hi (without the version nibble), time_mid, time_low
        return ((self.int >> 64) & 0x0FFF) << 48 | ((self.int >> 80) & 0xFFFF) << 32 | (
            self.int >> 96)

    @property
    def clock_seq(self):
        return (self.int >> 48) & 0x3FFF

    @property
    def hex(self):
        return format(self.int, "032x")

    @property
    def urn(self):
        return "urn:uuid:%s" % self

    @property
    def variant(self):
        value = self.int
        if not value & _VARIANT_BIT1:
            return RESERVED_NCS
        if not value & _VARIANT_BIT2:
            return RFC_4122
        if not value & _VARIANT_BIT3:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs carry a version number.
        if self.variant != RFC_4122:
            return None
        return (self.int >> 76) & 0xF


_cached_node = None


def _mac_from_sysfs():
    """A universally administered, non-zero MAC address of a network interface."""
    base = "/sys/class/net"
    try:
        interfaces = sorted(os.listdir(base))
    except OSError:
        return None
    for name in interfaces:
        try:
            with open(os.path.join(base, name, "address")) as handle:
                text = handle.read().strip()
            mac = _bi.int(text.replace(":", ""), 16)
        except (OSError, ValueError):
            continue
        locally_administered = mac & (1 << 41)
        if mac and not locally_administered:
            return mac
    return None


def getnode():
    """The hardware address as a 48-bit int; when none can be found, a random
    number with the multicast bit set (as RFC 4122 recommends)."""
    global _cached_node
    if _cached_node is None:
        found = _mac_from_sysfs()
        if found is None:
            found = _bi.int.from_bytes(os.urandom(6), "big") | (1 << 40)
        _cached_node = found
    return _cached_node


_previous_stamp = None
# 100-ns intervals between 1582-10-15 (the Gregorian reform) and the Unix epoch.
_GREGORIAN_OFFSET = 0x01B21DD213814000


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the time, a clock sequence and the host ID."""
    global _previous_stamp
    import time

    stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _previous_stamp is not None and stamp <= _previous_stamp:
        stamp = _previous_stamp + 1  # never repeat a timestamp
    _previous_stamp = stamp
    if clock_seq is None:
        clock_seq = _bi.int.from_bytes(os.urandom(2), "big") >> 2
    if node is None:
        node = getnode()
    seq_low = clock_seq & 0xFF
    seq_high = (clock_seq >> 8) & 0x3F
    parts = (stamp & 0xFFFFFFFF, (stamp >> 32) & 0xFFFF, (stamp >> 48) & 0x0FFF,
             seq_high, seq_low, node)
    return UUID(fields=parts, version=1)


def _hashed(algorithm, namespace, name, version):
    name = _bi.bytes(name, "utf-8")  # 3.11 takes str names only
    import hashlib

    digest = getattr(hashlib, algorithm)(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A version 3 UUID: MD5 of the namespace's bytes and the name."""
    return _hashed("md5", namespace, name, 3)


def uuid4():
    """A version 4 UUID: 122 random bits."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: SHA-1 of the namespace's bytes and the name."""
    return _hashed("sha1", namespace, name, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
