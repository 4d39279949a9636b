"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings"""

# refpy's own base64, written from the documentation of CPython 3.11's module and
# checked against it: same results, same exceptions and messages (binascii.Error for bad
# input to the b64/b32/b16 decoders, ValueError for the 85 codecs, AssertionError for a
# wrong-sized altchars/map01). Base64 and base16 go through binascii like CPython's.

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _decode_input(s):
    """The bytes of an argument that a decoder takes: a bytes-like object or an ASCII str."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def _encode_input(s):
    """The bytes of an argument that the base32/85 encoders take (bytes-like only)."""
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


# ---- base64 ----

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in a binascii.Error.
    """
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    s = _decode_input(s).translate(_urlsafe_decode_translation)
    return b64decode(s)


# ---- base32 (RFC 4648 and its "extended hex" alphabet) ----

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_pairs = {}        # alphabet -> list: 10-bit value -> two characters
_b32_values = {}       # alphabet -> dict: character -> 5-bit value

# Characters left of a partial last group of 1..4 input bytes, and the '=' after them.
_B32_TAIL = {1: (2, 6), 2: (4, 4), 3: (5, 3), 4: (7, 1)}


def _b32encode(alphabet, s):
    pairs = _b32_pairs.get(alphabet)
    if pairs is None:
        chars = [bytes((c,)) for c in alphabet]
        pairs = _b32_pairs[alphabet] = [a + b for a in chars for b in chars]
    s = _encode_input(s)
    rest = len(s) % 5
    if rest:
        s = s + b'\0' * (5 - rest)
    out = []
    append = out.append
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        append(pairs[v >> 30])
        append(pairs[(v >> 20) & 0x3ff])
        append(pairs[(v >> 10) & 0x3ff])
        append(pairs[v & 0x3ff])
    encoded = b''.join(out)
    if rest:
        keep, pads = _B32_TAIL[rest]
        encoded = encoded[:len(encoded) - 8 + keep] + b'=' * pads
    return encoded


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32_values.get(alphabet)
    if values is None:
        values = _b32_values[alphabet] = {c: i for i, c in enumerate(alphabet)}
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # RFC 3548 section 2.4: the digit 0 may stand for O and 1 for I or L.
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            digit = values.get(c)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + digit
        decoded += acc.to_bytes(5, 'big')
    if length % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        # The last group was short: shift its bits into place and keep the whole bytes.
        last = (acc << (5 * padchars)).to_bytes(5, 'big')
        decoded[-5:] = last[:(43 - 5 * padchars) // 8]
    return bytes(decoded)


def b32encode(s):
    """
Encode the bytes-like objects using base32 and return a bytes object.
"""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """
Decode the base32 encoded bytes-like object or ASCII string s.

Optional casefold is a flag specifying whether a lowercase alphabet is
acceptable as input.  For security purposes, the default is False.

RFC 3548 allows for optional mapping of the digit 0 (zero) to the
letter O (oh), and for optional mapping of the digit 1 (one) to
either the letter I (eye) or letter L (el).  The optional argument
map01 when not None, specifies which letter the digit 1 should be
mapped to (when map01 is not None, the digit 0 is always mapped to
the letter O).  For security purposes the default is None, so that
0 and 1 are not allowed in the input.

The result is returned as a bytes object.  A binascii.Error is raised if
the input is incorrectly padded or if there are non-alphabet
characters present in the input.
"""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """
Encode the bytes-like objects using base32hex and return a bytes object.
"""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """
Decode the base32hex encoded bytes-like object or ASCII string s.

Optional casefold is a flag specifying whether a lowercase alphabet is
acceptable as input.  For security purposes, the default is False.

The result is returned as a bytes object.  A binascii.Error is raised if
the input is incorrectly padded or if there are non-alphabet
characters present in the input.
"""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---- base16: RFC 4648's alphabet is uppercase, hexlify's is lowercase ----

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object.
    """
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and base85: 4 bytes <-> 5 digits in base 85 ----

_A85START = b'<~'
_A85END = b'~>'
_a85_digits = None     # 0..84 -> one character; built on first use
_a85_pairs = None      # 0..7224 -> two characters
_b85alphabet = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_b85_digits = None
_b85_pairs = None
_b85_values = None     # byte -> digit value, or None


def _85encode(b, digits, pairs, pad=False, foldnuls=False, foldspaces=False):
    b = _encode_input(b)
    padding = -len(b) % 4
    if padding:
        b = b + b'\0' * padding
    chunks = []
    append = chunks.append
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            append(b'z')
        elif foldspaces and word == 0x20202020:
            append(b'y')
        else:
            append(pairs[word // 614125] + pairs[word // 85 % 7225] + digits[word % 85])
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = digits[0] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces is an optional flag that uses the special short sequence 'y'
    instead of 4 consecutive spaces (ASCII 0x20) as supported by 'btoa'. This
    feature is not supported by the "standard" Adobe encoding.

    wrapcol controls whether the output should have newline (b'\\n') characters
    added to it. If this is non-zero, each output line will be at most this
    many characters long.

    pad controls whether the input is padded to a multiple of 4 before
    encoding. Note that the btoa implementation always pads.

    adobe controls whether the encoded byte sequence is framed with <~ and ~>,
    which is used by the Adobe implementation.
    """
    global _a85_digits, _a85_pairs
    if _a85_pairs is None:
        _a85_digits = [bytes((c,)) for c in range(33, 118)]
        _a85_pairs = [a + b for a in _a85_digits for b in _a85_digits]
    result = _85encode(b, _a85_digits, _a85_pairs, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            # the closing ~> goes on a line of its own
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces is a flag that specifies whether the 'y' short sequence should be
    accepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is
    not supported by the "standard" Adobe encoding.

    adobe controls whether the input sequence is in Adobe Ascii85 format (i.e.
    is framed with <~ and ~>).

    ignorechars should be a byte string containing characters to ignore from the
    input. This should only contain whitespace characters, and by default
    contains all whitespace characters in ASCII.

    The result is returned as a bytes object.
    """
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    # Four 'u's (digit 84) complete a short last group: the bytes they add are cut off.
    decoded = []
    group = []
    for x in b + b'uuuu':
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for digit in group:
                    acc = 85 * acc + (digit - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                decoded.append(acc.to_bytes(4, 'big'))
                group.clear()
        elif x == 122:                                  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            decoded.append(b'\0\0\0\0')
        elif foldspaces and x == 121:                   # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            decoded.append(b'    ')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(decoded)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object.

    If pad is true, the input is padded with b'\\0' so its length is a multiple of
    4 bytes before encoding.
    """
    global _b85_digits, _b85_pairs
    if _b85_pairs is None:
        _b85_digits = [bytes((c,)) for c in _b85alphabet]
        _b85_pairs = [a + b for a in _b85_digits for b in _b85_digits]
    return _85encode(b, _b85_digits, _b85_pairs, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    global _b85_values
    if _b85_values is None:
        _b85_values = [None] * 256
        for i, c in enumerate(_b85alphabet):
            _b85_values[c] = i
    values = _b85_values
    b = _decode_input(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            digit = values[b[j]]
            if digit is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + digit
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# ---- the legacy interface: RFC 2045 lines of at most 76 characters ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s'
                        % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
