"""IPv4 and IPv6 addresses, networks and interfaces.

refpy's own `ipaddress`, written from the library reference and CPython 3.11's observed
behaviour (messages, reprs, hashes, the order results come in).

Every object holds its address as one int, `_ip`. What differs between the two versions
(width, text syntax, the special-purpose ranges) lives in one "family" mixin per version,
`_V4` and `_V6`; the address, network and interface classes of a version are the shared
`_Address` / `_Network` code combined with that mixin, so parsing and formatting exist
once per version and everything else once.

An interface is an address that also knows its network (`IPv4Interface` subclasses
`IPv4Address`, as in CPython, which decides how mixed comparisons and `collapse_addresses`
treat it). Address arithmetic past the ends raises `AddressValueError`, as the constructor
would for that int. The special-purpose tables are those of 3.11.7 (`is_private` of
`100.64.0.0/10` is False and `is_global` False too).
"""

import functools
import re

__all__ = ['AddressValueError', 'NetmaskValueError', 'IPV4LENGTH', 'IPV6LENGTH',
           'ip_address', 'ip_network', 'ip_interface', 'v4_int_to_packed',
           'v6_int_to_packed', 'summarize_address_range', 'collapse_addresses',
           'get_mixed_type_key', 'IPv4Address', 'IPv4Network', 'IPv4Interface',
           'IPv6Address', 'IPv6Network', 'IPv6Interface']

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address of the version asked for."""


class NetmaskValueError(ValueError):
    """A prefix length or mask that is not valid for the version asked for."""


def _guess(kind, value, *classes):
    """The first of `classes` (v4, then v6) that accepts `value`, else ValueError."""
    for cls in classes:
        try:
            return cls(value)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 %s' % (value, kind))


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, int or packed bytes."""
    return _guess('address', address, IPv4Address, IPv6Address)


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; `strict` rejects host bits (a plain ValueError)."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 network' % (address,))


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    return _guess('interface', address, IPv4Interface, IPv6Interface)


def _to_packed(address, width, version):
    try:
        return address.to_bytes(width, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv%d' % version)


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an int address."""
    return _to_packed(address, 4, 4)


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an int address."""
    return _to_packed(address, 16, 6)


def _same_version(a, b):
    if a._version != b._version:
        raise TypeError('%s and %s are not of the same version' % (a, b))


# --------------------------------------------------------------------------- families

class _V4:
    """What is particular to IPv4: 32 bits, dotted quads, dotted masks."""
    __slots__ = ()
    _version = 4
    _bits = IPV4LENGTH
    _all_ones = (1 << IPV4LENGTH) - 1

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % text)
        value = 0
        for octet in octets:
            try:
                value = (value << 8) | cls._parse_octet(octet)
            except ValueError as exc:
                raise AddressValueError('%s in %r' % (exc, text)) from None
        return value

    @staticmethod
    def _parse_octet(octet):
        if not octet:
            raise ValueError('Empty octet not permitted')
        if not (octet.isascii() and octet.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % octet)
        if len(octet) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet)
        if len(octet) > 1 and octet[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet)
        number = int(octet, 10)
        if number > 255:
            raise ValueError('Octet %d (> 255) not permitted' % number)
        return number

    @staticmethod
    def _text(value):
        return '.'.join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))

    @classmethod
    def _mask_from_text(cls, text):
        """(mask int, prefixlen) from a prefix length, a netmask or a hostmask."""
        if text.isascii() and text.isdigit():
            return cls._mask_from_prefix(int(text), text)
        try:
            value = cls._parse(text)
        except AddressValueError:
            raise NetmaskValueError('%r is not a valid netmask' % text) from None
        for mask in (value, value ^ cls._all_ones):
            prefixlen = _prefix_of_mask(mask, cls._bits)
            if prefixlen is not None:
                return mask, prefixlen
        raise NetmaskValueError('%r is not a valid netmask' % text)

    @property
    def exploded(self):
        return str(self)

    @property
    def reverse_pointer(self):
        # from the text, so a network's or interface's keeps its '/prefix' (as CPython)
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class _V6:
    """What is particular to IPv6: 128 bits, hextets with '::' and an optional zone."""
    __slots__ = ()
    _version = 6
    _bits = IPV6LENGTH
    _all_ones = (1 << IPV6LENGTH) - 1

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least 3 parts expected in %r' % text)
        tail = []
        if '.' in parts[-1]:
            try:
                low = _V4._parse(parts.pop())
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, text)) from None
            tail = ['%x' % (low >> 16), '%x' % (low & 0xFFFF)]
            parts += tail
        if len(parts) > 9:
            raise AddressValueError('At most 8 colons permitted in %r' % text)
        gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
        if len(gaps) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % text)
        if gaps:
            gap = gaps[0]
            head, rest = parts[:gap], parts[gap + 1:]
            if not head[0]:
                if len(head) > 1:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % text)
                head = []
            if not rest[-1]:
                if len(rest) > 1:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % text)
                rest = []
            if len(head) + len(rest) > 7:
                raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
            hextets = head + ['0'] * (8 - len(head) - len(rest)) + rest
        else:
            if len(parts) != 8:
                raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % text)
            hextets = parts
        value = 0
        for hextet in hextets:
            try:
                value = (value << 16) | _parse_hextet(hextet)
            except ValueError as exc:
                raise AddressValueError('%s in %r' % (exc, text)) from None
        return value

    @staticmethod
    def _text(value):
        """RFC 5952 text: lower case, the longest run (first of equals) of two or more
        zero hextets as '::'."""
        hextets = ['%x' % ((value >> shift) & 0xFFFF) for shift in range(112, -16, -16)]
        best_start, best_len, start = -1, 1, None
        for i, h in enumerate(hextets + ['end']):
            if h == '0':
                if start is None:
                    start = i
            elif start is not None:
                if i - start > best_len:
                    best_start, best_len = start, i - start
                start = None
        if best_start < 0:
            return ':'.join(hextets)
        head = ':'.join(hextets[:best_start])
        tail = ':'.join(hextets[best_start + best_len:])
        return head + '::' + tail

    @staticmethod
    def _long_text(value):
        return ':'.join('%04x' % ((value >> shift) & 0xFFFF) for shift in range(112, -16, -16))

    @classmethod
    def _mask_from_text(cls, text):
        if text.isascii() and text.isdigit():
            return cls._mask_from_prefix(int(text), text)
        raise NetmaskValueError('%r is not a valid netmask' % text)

    @property
    def exploded(self):
        """All eight hextets in full; a network's or interface's keeps its '/prefix'.
        The text is parsed again, so a zone ('%eth0') makes this raise, as in CPython."""
        address, suffix = self._explode_parts()
        return self._long_text(self._parse(address)) + suffix

    @property
    def reverse_pointer(self):
        return '.'.join(self.exploded[::-1].replace(':', '')) + '.ip6.arpa'


def _parse_hextet(hextet):
    if not re.fullmatch('[0-9a-fA-F]*', hextet):
        raise ValueError('Only hex digits permitted in %r' % hextet)
    if len(hextet) > 4:
        raise ValueError('At most 4 characters permitted in %r' % hextet)
    return int(hextet, 16)


def _prefix_of_mask(mask, bits):
    """The prefix length of a contiguous netmask, or None when its ones are not leading."""
    zeros = bits if mask == 0 else (mask & -mask).bit_length() - 1
    prefixlen = bits - zeros
    if mask != ((1 << prefixlen) - 1) << zeros:
        return None
    return prefixlen


class _IPBase:
    """What addresses and networks share: version, width, masks from prefixes."""
    __slots__ = ()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._bits

    @classmethod
    def _mask_from_prefix(cls, prefixlen, shown):
        if not 0 <= prefixlen <= cls._bits:
            raise NetmaskValueError('%r is not a valid netmask' % (shown,))
        return cls._all_ones ^ (cls._all_ones >> prefixlen), prefixlen

    @classmethod
    def _mask(cls, arg):
        """(mask int, prefixlen) from an int prefix length or its text."""
        if isinstance(arg, int):
            return cls._mask_from_prefix(arg, arg)
        return cls._mask_from_text(arg)


def _split_prefix(address, bits):
    """(address part, mask part) of a network or interface argument."""
    if isinstance(address, (bytes, int)):
        return address, bits
    if isinstance(address, tuple):
        return address[0], address[1] if len(address) > 1 else bits
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % address)
    return pieces[0], pieces[1] if len(pieces) == 2 else bits


# --------------------------------------------------------------------------- addresses

@functools.total_ordering
class _Address(_IPBase):
    """One address; `_ip` is its int value."""
    __slots__ = ()

    def _set_value(self, address):
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                        % (address, self._version))
            if address > self._all_ones:
                raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                        % (address, self._bits, self._version))
            self._ip = address
        elif isinstance(address, bytes):
            width = self._bits // 8
            if len(address) != width:
                raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                        % (address, len(address), width, self._version))
            self._ip = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % address)
            self._ip = self._parse(text)

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        _same_version(self, other)
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        return self._text(self._ip)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """'s' or '' give the text; [#][_](b|x|X|n) the zero-padded number."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        match = re.fullmatch(r'(#?)(_?)([xbnX])', fmt)
        if match is None:
            return super().__format__(fmt)
        alternate, grouping, kind = match.groups()
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        digits = self._bits if kind == 'b' else self._bits // 4
        width = digits + (digits // 4 - 1 if grouping else 0) + (2 if alternate else 0)
        return format(self._ip, '%s0%d%s%s' % (alternate, width, grouping, kind))

    @property
    def packed(self):
        return self._ip.to_bytes(self._bits // 8, 'big')

    @property
    def compressed(self):
        return str(self)

    def _explode_parts(self):
        """(text of the address to spell out, suffix) for `exploded`."""
        return str(self), ''

    def _in_any(self, table):
        return any(self in network for network in table)

    @property
    def is_private(self):
        return self._in_any(self._private_table())

    @property
    def is_multicast(self):
        return self in self._network_class()(self._multicast)

    @property
    def is_reserved(self):
        return self._in_any(self._reserved_table())

    @property
    def is_loopback(self):
        return self in self._network_class()(self._loopback)

    @property
    def is_link_local(self):
        return self in self._network_class()(self._link_local)

    @property
    def is_unspecified(self):
        return self._ip == 0


class IPv4Address(_V4, _Address):
    """An IPv4 address."""
    __slots__ = ('_ip', '__weakref__')
    _multicast = '224.0.0.0/4'
    _loopback = '127.0.0.0/8'
    _link_local = '169.254.0.0/16'

    def __init__(self, address):
        self._set_value(address)

    @staticmethod
    def _network_class():
        return IPv4Network

    @staticmethod
    def _private_table():
        return _v4_tables()[0]

    @staticmethod
    def _reserved_table():
        return _v4_tables()[1]

    @property
    def is_global(self):
        return self not in _v4_tables()[2] and not self.is_private


class IPv6Address(_V6, _Address):
    """An IPv6 address, with an optional zone (`scope_id`) after '%'."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')
    _multicast = 'ff00::/8'
    _loopback = '::1/128'
    _link_local = 'fe80::/10'

    def __init__(self, address):
        self._scope_id = None
        if not isinstance(address, (int, bytes)):
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % (address,))
            address, sep, scope = text.partition('%')
            if sep:
                if not scope or '%' in scope:
                    raise AddressValueError('Invalid IPv6 address: "%r"' % text)
                self._scope_id = scope
        self._set_value(address)

    @staticmethod
    def _network_class():
        return IPv6Network

    @staticmethod
    def _private_table():
        return _v6_tables()[0]

    @staticmethod
    def _reserved_table():
        return _v6_tables()[1]

    def __str__(self):
        text = self._text(self._ip)
        return text if self._scope_id is None else text + '%' + self._scope_id

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented or not equal:
            return equal
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def is_private(self):
        """An IPv4-mapped address answers for the IPv4 address it carries."""
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in_any(self._private_table())

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_site_local(self):
        return self in IPv6Network('fec0::/10')

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


# --------------------------------------------------------------------------- networks

def _is_subnet(inner, outer):
    try:
        _same_version(inner, outer)
        return (outer.network_address <= inner.network_address
                and outer.broadcast_address >= inner.broadcast_address)
    except AttributeError:
        raise TypeError('Unable to test subnet containment between %s and %s'
                        % (inner, outer)) from None


@functools.total_ordering
class _Network(_IPBase):
    """A block of addresses: `network_address` with the first `prefixlen` bits fixed."""

    def __init__(self, address, strict=True):
        addr, mask = _split_prefix(address, self._bits)
        self.network_address = self._address_class(addr)
        mask_int, self._prefixlen = self._mask(mask)
        self.netmask = self._address_class(mask_int)
        first = int(self.network_address)
        if first & mask_int != first:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(first & mask_int)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._all_ones)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def compressed(self):
        return str(self)

    def __str__(self):
        return self.with_prefixlen

    def _explode_parts(self):
        return str(self.network_address), '/%d' % self._prefixlen

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __reduce__(self):
        return self.__class__, (str(self),)

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __contains__(self, other):
        if isinstance(other, _Network):
            return False
        return (self._version == other._version
                and other._ip & int(self.netmask) == int(self.network_address))

    def __iter__(self):
        make = self._address_class
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield make(value)

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        value = first + n if n >= 0 else last + 1 + n
        if not first <= value <= last:
            raise IndexError('address out of range')
        return self._address_class(value)

    def hosts(self):
        """The usable addresses: all but the network (and, for IPv4, broadcast) address,
        except in the two smallest blocks, where every address is usable (a /32 or /128
        answers with a list, the others with an iterator, as CPython's)."""
        if self._prefixlen == self._bits:
            return [self.network_address]
        first, last = int(self.network_address), int(self.broadcast_address)
        if self._prefixlen < self._bits - 1:
            first += 1
            if self._version == 4:
                last -= 1
        make = self._address_class
        return (make(value) for value in range(first, last + 1))

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def subnet_of(self, other):
        return _is_subnet(self, other)

    def supernet_of(self, other):
        return _is_subnet(other, self)

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine != theirs:
                return -1 if mine < theirs else 1
        return 0

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The blocks `prefixlen_diff` bits longer, in address order (a generator: errors
        show on the first step)."""
        if self._prefixlen == self._bits:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._bits:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_prefixlen, self))
        step = 1 << (self._bits - new_prefixlen)
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The block `prefixlen_diff` bits shorter that holds this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self._prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, prefixlen_diff))
        mask = self._all_ones ^ (self._all_ones >> new_prefixlen)
        return self.__class__((int(self.network_address) & mask, new_prefixlen))

    def address_exclude(self, other):
        """The blocks that make up this one without `other`, halving towards `other`
        (a generator: errors show on the first step)."""
        _same_version(self, other)
        if not isinstance(other, _Network):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    @property
    def is_private(self):
        """Both ends inside one and the same private block (0.0.0.0/0 is not private
        though its two ends are)."""
        first, last = self.network_address, self.broadcast_address
        return any(first in block and last in block
                   for block in self._address_class._private_table())

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')


class IPv4Network(_V4, _Network):
    """An IPv4 network: 'a.b.c.d/prefix', a netmask or hostmask after '/', an int,
    packed bytes or an (address, prefix) tuple."""
    _address_class = IPv4Address

    @property
    def is_global(self):
        shared = _v4_tables()[2]
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


class IPv6Network(_V6, _Network):
    """An IPv6 network: 'address/prefix', an int, packed bytes or a tuple."""
    _address_class = IPv6Address

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


# --------------------------------------------------------------------------- interfaces

def _interface_init(self, address, address_class, network_class):
    addr, mask = _split_prefix(address, self._bits)
    address_class.__init__(self, addr)
    self.network = network_class((addr, mask), strict=False)
    self.netmask = self.network.netmask
    self._prefixlen = self.network._prefixlen


class _Interface:
    """An address with its network; mixed into a version's address class."""

    @property
    def ip(self):
        """The address alone (without an IPv6 zone, as CPython)."""
        return self._address_class(self._ip)

    def _explode_parts(self):
        return str(self.ip), '/%d' % self._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.ip, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.ip, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.ip, self.hostmask)

    def __str__(self):
        return '%s/%d' % (self._address_class.__str__(self), self._prefixlen)

    def __reduce__(self):
        return self.__class__, (str(self),)

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __eq__(self, other):
        equal = self._address_class.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False


class IPv4Interface(_Interface, IPv4Address):
    """An IPv4 address on a network: '192.168.0.5/24'."""
    _address_class = IPv4Address

    def __init__(self, address):
        _interface_init(self, address, IPv4Address, IPv4Network)


class IPv6Interface(_Interface, IPv6Address):
    """An IPv6 address on a network: 'fe80::5/64'."""
    _address_class = IPv6Address

    def __init__(self, address):
        _interface_init(self, address, IPv6Address, IPv6Network)

    # an IPv6 interface is unspecified or loopback only with its whole network
    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


# --------------------------------------------------------------------------- tables

@functools.cache
def _v4_tables():
    """(private, reserved, shared address space) networks of IPv4, made on first use."""
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
        '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32')]
    return private, [IPv4Network('240.0.0.0/4')], IPv4Network('100.64.0.0/10')


@functools.cache
def _v6_tables():
    """(private, reserved) networks of IPv6, made on first use."""
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5',
        'f800::/6', 'fe00::/9')]
    return private, reserved


# --------------------------------------------------------------------------- ranges

def summarize_address_range(first, last):
    """The fewest networks that cover first..last, in order (a generator, so errors
    show on the first step, as CPython's)."""
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    yield from _summarize(int(first), int(last), type(first)._network_class())


def _summarize(low, high, network_class):
    bits = network_class._bits
    while low <= high:
        align = bits if low == 0 else (low & -low).bit_length() - 1
        size = min(align, (high - low + 1).bit_length() - 1)
        yield network_class((low, bits - size))
        low += 1 << size


def collapse_addresses(addresses):
    """The fewest networks covering the given addresses and networks, in order.

    Addresses (interfaces count as their address) and networks are checked for one
    version among themselves at once; a mix of the two of different versions shows when
    the result is iterated, as in CPython."""
    singles, blocks = [], []
    for item in addresses:
        group = blocks if isinstance(item, _Network) else singles
        if group:
            _same_version(item, group[-1])
        group.append(item)
    return _collapse(singles, blocks)


def _collapse(singles, blocks):
    if singles and blocks and singles[0]._version != blocks[0]._version:
        raise TypeError('%s/%d and %s are not of the same version'
                        % (singles[0]._address_class.__str__(singles[0])
                           if isinstance(singles[0], _Interface) else singles[0],
                           singles[0]._bits, blocks[0]))
    ranges = [(item._ip, item._ip) for item in singles]
    ranges += [(int(net.network_address), int(net.broadcast_address)) for net in blocks]
    if not ranges:
        return
    first = (singles or blocks)[0]
    network_class = IPv4Network if first._version == 4 else IPv6Network
    merged = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    for low, high in merged:
        yield from _summarize(low, high, network_class)


def get_mixed_type_key(obj):
    """A sort key that orders networks and addresses of both versions together."""
    if isinstance(obj, _Network):
        return obj._version, obj.network_address, obj.netmask
    if isinstance(obj, _Address):
        return obj._version, obj
    return NotImplemented
