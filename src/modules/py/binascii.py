"""Conversion between binary data and ASCII"""

# refpy's own binascii: the documented behaviour of CPython 3.11's C module, with its
# messages, argument errors and the quirks scripts can see (a2b_uu of an empty line
# gives 32 NUL bytes, b2a_qp's line-end protection, hexlify accepting a Latin-1 `sep`).
#
# Every function takes its binary argument through one of two doors, as the C module:
# `_buffer` (bytes-like objects only: str raises "a bytes-like object is required") for
# the b2a_* side, crc32 and crc_hqx, and `_ascii` (bytes-like objects or ASCII str) for
# the a2b_* side. Both hand back a `bytes` holding the buffer's bytes in C order.

import operator as _operator


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


# ---- argument handling as CPython's Argument Clinic does it ----

_NO_DEFAULT = object()


def _unpack(fname, args, kwargs, posonly, names, kwonly, required):
    """Bind a call the way `_PyArg_UnpackKeywords` does, with its messages.

    `posonly` names the positional-only parameters (first), `names` the
    positional-or-keyword ones after them, `kwonly` the keyword-only ones; `required`
    is the number of leading parameters without a default. Missing optional
    arguments come back as `_NO_DEFAULT`."""
    nargs = len(args)
    nkw = len(kwargs)
    maxpos = len(posonly) + len(names)
    maxargs = maxpos + len(kwonly)
    if nargs + nkw > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (fname, maxargs, 'keyword ' if nargs == 0 else '',
                           '' if maxargs == 1 else 's', nargs + nkw))
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError('%s() takes no positional arguments' % fname)
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (fname, 'at most' if required < maxpos else 'exactly', maxpos,
                           '' if maxpos == 1 else 's', nargs))
    minposonly = min(required, len(posonly))
    if nargs < minposonly:
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (fname, 'at least' if minposonly < maxpos else 'exactly',
                           minposonly, '' if minposonly == 1 else 's', nargs))
    values = list(args)
    keywords = names + kwonly
    for i in range(max(nargs, len(posonly)), maxargs):
        name = keywords[i - len(posonly)]
        if name in kwargs:
            values.append(kwargs[name])
            nkw -= 1
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, name, i + 1))
        else:
            values.append(_NO_DEFAULT)
    while len(values) < maxargs:
        values.append(_NO_DEFAULT)
    if nkw:
        for i in range(len(posonly), nargs):
            if names[i - len(posonly)] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, names[i - len(posonly)], i + 1))
        for key in kwargs:
            if key not in keywords:
                raise TypeError('%r is an invalid keyword argument for %s()' % (key, fname))
    return values


def _one_arg(fname, args, kwargs):
    """The argument of a METH_O function (`binascii.a2b_hex(hexstr, /)`)."""
    if kwargs:
        raise TypeError('binascii.%s() takes no keyword arguments' % fname)
    if len(args) != 1:
        raise TypeError('binascii.%s() takes exactly one argument (%d given)'
                        % (fname, len(args)))
    return args[0]


def _positional(fname, args, kwargs, low, high):
    """Check a positional-only METH_FASTCALL call (crc32, crc_hqx)."""
    if kwargs:
        raise TypeError('binascii.%s() takes no keyword arguments' % fname)
    n = len(args)
    if low <= n <= high:
        return
    if low == high:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (fname, low, '' if low == 1 else 's', n))
    if n < low:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (fname, low, '' if low == 1 else 's', n))
    raise TypeError('%s expected at most %d argument%s, got %d'
                    % (fname, high, '' if high == 1 else 's', n))


def _c_int(value):
    """A C `int` argument (`bool(accept={int})` and `int` in Argument Clinic)."""
    value = _operator.index(value)
    if not -0x80000000 <= value <= 0x7fffffff:
        raise OverflowError('Python int too large to convert to C int')
    return value


def _flag(value, default):
    return default if value is _NO_DEFAULT else _c_int(value) != 0


def _unsigned_mask(value):
    """An `unsigned_int(bitwise=True)` argument: any integer, masked to 32 bits."""
    return _operator.index(value) & 0xffffffff


# ---- the two doors for binary arguments ----

def _buffer(data):
    """The bytes of a bytes-like `data` (a Py_buffer argument)."""
    if type(data) is bytes:
        return data
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view.tobytes()


def _ascii(data):
    """The bytes of a bytes-like object or ASCII str `data` (an ascii_buffer argument)."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if type(data) is bytes:
        return data
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None
    if not view.c_contiguous:
        # A PyBUF_SIMPLE request fails on a strided view before the contiguity check.
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__)
    return view.tobytes()


# ---- uuencode ----

def a2b_uu(*args, **kwargs):
    """Decode a line of uuencoded data."""
    data = _ascii(_one_arg('a2b_uu', args, kwargs))
    # The first character holds the length. An empty line reads the NUL that ends
    # the C buffer, so CPython decodes it as a line of 32 zero bytes.
    first = data[0] if data else 0
    remaining = ((first - 32) & 0o77)
    out = bytearray()
    acc = 0
    bits = 0
    i = 1
    n = len(data)
    while remaining > 0:
        c = data[i] if i < n else 0
        i += 1
        if c == 10 or c == 13 or i > n:
            # A short line: the encoder's trailing spaces may have been stripped.
            c = 0
        else:
            if c < 32 or c > 96:
                raise Error('Illegal char')
            c = (c - 32) & 0o77
        acc = (acc << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
            remaining -= 1
    while i < n:
        c = data[i]
        i += 1
        if c != 32 and c != 96 and c != 10 and c != 13:
            raise Error('Trailing garbage')
    return bytes(out)


def b2a_uu(*args, **kwargs):
    """Uuencode line of data."""
    data, backtick = _unpack('b2a_uu', args, kwargs, ('data',), (), ('backtick',), 1)
    data = _buffer(data)
    backtick = _flag(backtick, False)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')
    zero = 96 if backtick else 32
    out = bytearray()
    out.append(zero if backtick and not data else 32 + len(data))
    padded = data + b'\0' * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            c = (v >> shift) & 0x3f
            out.append(c + 32 if c else zero)
    out.append(10)
    return bytes(out)


# ---- base64 ----

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_b64_pairs = None        # 12-bit value -> two alphabet characters, built on first use
_b64_values = None       # translation table: alphabet character -> its 6-bit value
_b64_special = None      # pattern of the bytes that are not alphabet characters


def _b64_tables():
    global _b64_pairs, _b64_values, _b64_special
    if _b64_pairs is None:
        chars = [bytes((c,)) for c in _B64_ALPHABET]
        _b64_pairs = [a + b for a in chars for b in chars]
        table = bytearray(256)
        for i, c in enumerate(_B64_ALPHABET):
            table[c] = i
        _b64_values = bytes(table)
        import re
        _b64_special = re.compile(rb'[^A-Za-z0-9+/]')


def b2a_base64(*args, **kwargs):
    """Base64-code line of data."""
    data, newline = _unpack('b2a_base64', args, kwargs, ('data',), (), ('newline',), 1)
    data = _buffer(data)
    newline = _flag(newline, True)
    _b64_tables()
    pairs = _b64_pairs
    parts = []
    append = parts.append
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        append(pairs[v >> 12])
        append(pairs[v & 0xfff])
    rest = n - full
    if rest == 1:
        v = data[full] << 4
        append(pairs[v] + b'==')
    elif rest == 2:
        v = (data[full] << 10) | (data[full + 1] << 2)
        append(pairs[v >> 6] + _B64_ALPHABET[v & 0x3f:(v & 0x3f) + 1] + b'=')
    if newline:
        append(b'\n')
    return b''.join(parts)


def _b64_decode_chars(chars):
    """The bytes that the alphabet characters `chars` encode; a last group of 2 or 3
    characters gives 1 or 2 bytes."""
    values = chars.translate(_b64_values)
    out = bytearray()
    n = len(values)
    full = n - n % 4
    for i in range(0, full, 4):
        v = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += v.to_bytes(3, 'big')
    rest = n - full
    if rest == 2:
        out.append((values[full] << 2) | (values[full + 1] >> 4))
    elif rest == 3:
        v = (values[full] << 10) | (values[full + 1] << 4) | (values[full + 2] >> 2)
        out += v.to_bytes(2, 'big')
    return bytes(out)


def a2b_base64(*args, **kwargs):
    """Decode a line of base64 data.

      strict_mode
        When set to True, bytes that are not part of the base64 standard are not allowed.
        The same applies to excess data after padding (= / ==).
    """
    data, strict = _unpack('a2b_base64', args, kwargs, ('data',), (), ('strict_mode',), 1)
    data = _ascii(data)
    strict = _flag(strict, False)
    _b64_tables()
    if strict and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    # CPython reads one character at a time; here runs of alphabet characters are
    # taken whole and only the others ('=' and what is not base64) one by one. In the
    # default mode the others except '=' are skipped and never reset the pad count.
    segments = []
    ndata = 0
    pads = 0
    padding_started = False
    done = False
    pos = 0
    for match in _b64_special.finditer(data):
        end = match.start()
        if end > pos:
            if strict and padding_started:
                raise Error('Discontinuous padding not allowed')
            pads = 0
            segments.append(data[pos:end])
            ndata += end - pos
        if data[end] == 61:
            padding_started = True
            quad = ndata % 4
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict and end + 1 < len(data):
                        raise Error('Excess data after padding')
                    done = True
                    break
        elif strict:
            raise Error('Only base64 data is allowed')
        pos = end + 1
    if not done and pos < len(data):
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        segments.append(data[pos:])
        ndata += len(data) - pos
    if not done and ndata % 4:
        if ndata % 4 == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % ndata)
        raise Error('Incorrect padding')
    return _b64_decode_chars(b''.join(segments))


# ---- hexadecimal ----

def _hexlify(fname, args, kwargs):
    data, sep, bytes_per_sep = _unpack(fname, args, kwargs, (),
                                       ('data', 'sep', 'bytes_per_sep'), (), 1)
    data = _buffer(data)
    bytes_per_sep = 1 if bytes_per_sep is _NO_DEFAULT else _c_int(bytes_per_sep)
    if sep is _NO_DEFAULT:
        return data.hex().encode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if isinstance(sep, str):
        code = ord(sep)
        if code > 0xff:
            raise ValueError('sep must be ASCII.')
    elif isinstance(sep, bytes):
        code = sep[0]
    else:
        raise TypeError('sep must be str or bytes.')
    # bytes.hex inserts the separators; ':' stands in for a non-ASCII one.
    text = data.hex(':', bytes_per_sep).encode('ascii')
    if code != 58:
        text = text.replace(b':', bytes((code,)))
    return text


def hexlify(*args, **kwargs):
    """Hexadecimal representation of binary data.

      sep
        An optional single character or byte to separate hex bytes.
      bytes_per_sep
        How many bytes between separators.  Positive values count from the
        right, negative values count from the left.

    The return value is a bytes object.  This function is also
    available as "b2a_hex()".
    """
    return _hexlify('hexlify', args, kwargs)


def b2a_hex(*args, **kwargs):
    """Hexadecimal representation of binary data.

      sep
        An optional single character or byte to separate hex bytes.
      bytes_per_sep
        How many bytes between separators.  Positive values count from the
        right, negative values count from the left.

    The return value is a bytes object.  This function is also
    available as "hexlify()".

    Example:
    >>> binascii.b2a_hex(b'\\xb9\\x01\\xef')
    b'b901ef'
    >>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')
    b'b9:01:ef'
    >>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)
    b'b9_01ef'
    """
    return _hexlify('b2a_hex', args, kwargs)


_HEX_DIGITS = b'0123456789abcdefABCDEF'


def _unhexlify(data):
    data = _ascii(data)
    if len(data) % 2:
        raise Error('Odd-length string')
    if data.translate(None, _HEX_DIGITS):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


def unhexlify(*args, **kwargs):
    """Binary data of hexadecimal representation.

    hexstr must contain an even number of hex digits (upper or lower case).
    """
    return _unhexlify(_one_arg('unhexlify', args, kwargs))


def a2b_hex(*args, **kwargs):
    """Binary data of hexadecimal representation.

    hexstr must contain an even number of hex digits (upper or lower case).
    This function is also available as "unhexlify()".
    """
    return _unhexlify(_one_arg('a2b_hex', args, kwargs))


# ---- checksums ----

_crc32_table = None
_crc_hqx_table = None


def crc32(*args, **kwargs):
    """Compute CRC-32 incrementally."""
    _positional('crc32', args, kwargs, 1, 2)
    global _crc32_table
    data = _buffer(args[0])
    crc = _unsigned_mask(args[1]) if len(args) > 1 else 0
    if _crc32_table is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xedb88320 if c & 1 else c >> 1
            table.append(c)
        _crc32_table = table
    table = _crc32_table
    crc ^= 0xffffffff
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff


def crc_hqx(*args, **kwargs):
    """Compute CRC-CCITT incrementally."""
    _positional('crc_hqx', args, kwargs, 2, 2)
    global _crc_hqx_table
    data = _buffer(args[0])
    crc = _unsigned_mask(args[1]) & 0xffff
    if _crc_hqx_table is None:
        table = []
        for n in range(256):
            c = n << 8
            for _ in range(8):
                c = ((c << 1) ^ 0x1021 if c & 0x8000 else c << 1) & 0xffff
            table.append(c)
        _crc_hqx_table = table
    table = _crc_hqx_table
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc


# ---- quoted-printable ----

_QP_LINE = 76          # MAXLINESIZE of binascii.c
_HEX_UPPER = b'0123456789ABCDEF'


def _hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 65 <= c <= 70:
        return c - 55
    if 97 <= c <= 102:
        return c - 87
    return -1


def a2b_qp(*args, **kwargs):
    """Decode a string of qp-encoded data."""
    data, header = _unpack('a2b_qp', args, kwargs, (), ('data', 'header'), (), 1)
    data = _ascii(data)
    header = _flag(header, False)
    out = bytearray()
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if c == 61:                                     # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 10 or c == 13:                      # soft line break
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:                               # '==' from broken encoders
                out.append(61)
                i += 1
            elif i + 1 < n and _hex_value(c) >= 0 and _hex_value(data[i + 1]) >= 0:
                out.append((_hex_value(c) << 4) | _hex_value(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:                        # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(*args, **kwargs):
    """Encode a string using quoted-printable encoding.

    On encoding, when istext is set, newlines are not encoded, and white
    space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
    are both encoded.  When quotetabs is set, space and tabs are encoded.
    """
    data, quotetabs, istext, header = _unpack(
        'b2a_qp', args, kwargs, (), ('data', 'quotetabs', 'istext', 'header'), (), 1)
    data = _buffer(data)
    quotetabs = _flag(quotetabs, False)
    istext = _flag(istext, True)
    header = _flag(header, False)
    # The line ends of the output follow the first line end of the input.
    nl = data.find(b'\n')
    eol = b'\r\n' if nl > 0 and data[nl - 1] == 13 else b'\n'
    out = bytearray()
    n = len(data)
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else -1
        if (c > 126 or c == 61
                or (header and c == 95)
                or (c == 46 and linelen == 0 and (nxt == -1 or nxt == 10 or nxt == 13 or nxt == 0))
                or (not istext and (c == 13 or c == 10))
                or ((c == 9 or c == 32) and i + 1 == n)
                or (c < 33 and c != 13 and c != 10 and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= _QP_LINE:
                out += b'='
                out += eol
                linelen = 0
            out.append(61)
            out.append(_HEX_UPPER[c >> 4])
            out.append(_HEX_UPPER[c & 15])
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            # Protect whitespace at the end of a line.
            if out and (out[-1] == 32 or out[-1] == 9):
                ch = out[-1]
                out[-1] = 61
                out.append(_HEX_UPPER[ch >> 4])
                out.append(_HEX_UPPER[ch & 15])
            out += eol
            i += 2 if c == 13 else 1
        else:
            if i + 1 != n and nxt != 10 and linelen + 1 >= _QP_LINE:
                out += b'='
                out += eol
                linelen = 0
            linelen += 1
            if header and c == 32:
                out.append(95)
            else:
                out.append(c)
            i += 1
    return bytes(out)
