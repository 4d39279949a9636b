"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 codecs.

refpy's own implementation, written from the module documentation and
RFC 4648.  Base64 and hex go through ``binascii``; the 32- and 85-digit
codecs are done here on integers, a group of input bytes at a time.
"""

import binascii
import struct as _struct

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

# The legacy line interface writes 76 characters a line: 57 input bytes.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


# ---- argument conversion ---------------------------------------------------

def _input_bytes(data):
    """What every decoder accepts: a bytes-like object or an ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters')
    if isinstance(data, bytes_types):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % type(data).__name__) from None
    return view.tobytes()


def _flat_bytes(data):
    """The plain bytes of any buffer (what the 32/85 encoders take)."""
    if isinstance(data, bytes_types):
        return data
    return memoryview(data).tobytes()


def _check_line_input(data):
    """encodebytes/decodebytes want a one-dimensional buffer of bytes."""
    try:
        view = memoryview(data)
    except TypeError as exc:
        raise TypeError('expected bytes-like object, not %s'
                        % type(data).__name__) from exc
    if view.format not in ('B', 'b', 'c'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, type(data).__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (view.ndim, type(data).__name__))


def _two_chars(altchars):
    if len(altchars) != 2:
        raise AssertionError(repr(altchars))
    return altchars


# ---- Base64 ----------------------------------------------------------------

_STD_PAIR = b'+/'
_URL_PAIR = b'-_'


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like ``s``; ``altchars`` replaces '+' and '/'."""
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    return text.translate(bytes.maketrans(_STD_PAIR, _two_chars(altchars)))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data (bytes-like or ASCII str).

    Characters outside the alphabet are skipped unless ``validate`` is true,
    in which case they raise binascii.Error."""
    data = _input_bytes(s)
    if altchars is not None:
        pair = _two_chars(_input_bytes(altchars))
        data = data.translate(bytes.maketrans(pair, _STD_PAIR))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard-alphabet Base64."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(_STD_PAIR, _URL_PAIR))


def urlsafe_b64decode(s):
    """Decode URL- and filename-safe Base64 ('+' and '/' still work)."""
    data = _input_bytes(s).translate(bytes.maketrans(_URL_PAIR, _STD_PAIR))
    return b64decode(data)


# ---- Base32 ----------------------------------------------------------------

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# Characters written for the last quantum, by how many input bytes it has
# (RFC 4648, section 6): 1 byte -> 2 characters and 6 '=', and so on.
_B32_KEPT = {1: 2, 2: 4, 3: 5, 4: 7}
# ... and the reverse: '=' count of a final quantum -> bytes it carries.
_B32_BYTES_FOR_PAD = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}

_b32_lookup = {}    # alphabet -> 256-entry list of digit values (-1: none)


def _digit_values(alphabet):
    table = _b32_lookup.get(alphabet)
    if table is None:
        table = [-1] * 256
        for value, char in enumerate(alphabet):
            table[char] = value
        _b32_lookup[alphabet] = table
    return table


def _ten_bit_pairs(alphabet):
    """Two output characters for every 10-bit value (built once per alphabet)."""
    key = (alphabet, 'pairs')
    pairs = _b32_lookup.get(key)
    if pairs is None:
        pairs = [bytes((alphabet[v >> 5], alphabet[v & 31])) for v in range(1024)]
        _b32_lookup[key] = pairs
    return pairs


def _base32_encode(alphabet, data):
    data = _flat_bytes(data)
    extra = len(data) % 5
    if extra:
        data = bytes(data) + bytes(5 - extra)
    pairs = _ten_bit_pairs(alphabet)
    pieces = []
    for start in range(0, len(data), 5):
        q = int.from_bytes(data[start:start + 5], 'big')
        pieces += (pairs[q >> 30], pairs[(q >> 20) & 1023],
                   pairs[(q >> 10) & 1023], pairs[q & 1023])
    out = b''.join(pieces)
    if extra:
        keep = _B32_KEPT[extra]
        out = out[:len(out) - 8 + keep] + b'=' * (8 - keep)
    return out


def _base32_decode(alphabet, s, casefold=False, map01=None):
    data = _input_bytes(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        target = _input_bytes(map01)
        if len(target) != 1:
            raise AssertionError(repr(target))
        data = data.translate(bytes.maketrans(b'01', b'O' + target))
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    padding = len(data) - len(body)
    values = _digit_values(alphabet)
    out = bytearray()
    quantum = 0
    for count, char in enumerate(body, 1):
        digit = values[char]
        if digit < 0:
            raise binascii.Error('Non-base32 digit found')
        quantum = (quantum << 5) | digit
        if count % 8 == 0:
            out += quantum.to_bytes(5, 'big')
            quantum = 0
    if body and padding:
        quantum <<= 5 * padding
        out += quantum.to_bytes(5, 'big')
    carried = _B32_BYTES_FOR_PAD.get(padding) if body or not padding else None
    if carried is None:
        raise binascii.Error('Incorrect padding')
    if padding:
        del out[len(out) - 5 + carried:]
    return bytes(out)


def b32encode(s):
    """Base32-encode a bytes-like object (RFC 4648 alphabet)."""
    return _base32_encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode RFC 4648 Base32.

    ``casefold`` accepts lower case letters; ``map01`` (a single letter, 'I'
    or 'L') tells which letter a digit 1 stands for, and maps 0 to 'O'."""
    return _base32_decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode with the "Extended Hex" alphabet of RFC 4648."""
    return _base32_encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 with the "Extended Hex" alphabet."""
    return _base32_decode(_B32_HEX, s, casefold)


# ---- Base16 ----------------------------------------------------------------

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Upper-case hexadecimal of a bytes-like object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode upper-case hex (lower case too when ``casefold``)."""
    data = _input_bytes(s)
    if casefold:
        data = data.upper()
    if not _HEX_UPPER.issuperset(data):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---- Ascii85 and Base85 ----------------------------------------------------

_A85_DIGITS = bytes(range(33, 118))          # '!' .. 'u'
_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_FOUR_SPACES = 0x20202020
_A85_OPEN = b'<~'
_A85_CLOSE = b'~>'


def _radix85(data, digits, pad, zero=None, spaces=None):
    """Each 4-byte word of ``data`` as five digits, most significant first.

    ``zero``/``spaces`` are the one-character abbreviations of an all-zero
    word and of four spaces (Ascii85's 'z' and 'y').  A short last word is
    filled with zero bytes; unless ``pad`` asks to keep them, the digits that
    only describe the filling are dropped (and the word is never folded)."""
    data = _flat_bytes(data)
    short = -len(data) % 4
    if short:
        data = bytes(data) + bytes(short)
    singles, doubles = _radix85_tables(digits)
    words = _struct.unpack('>%dI' % (len(data) // 4), data)
    tail = None
    if short and not pad:
        words, tail = words[:-1], words[-1]
    pieces = []
    for word in words:
        if word == 0 and zero is not None:
            pieces.append(zero)
        elif word == _FOUR_SPACES and spaces is not None:
            pieces.append(spaces)
        else:
            rest, low = divmod(word, 7225)
            top, middle = divmod(rest, 7225)
            pieces += (singles[top], doubles[middle], doubles[low])
    if tail is not None:
        rest, low = divmod(tail, 7225)
        top, middle = divmod(rest, 7225)
        pieces.append((singles[top] + doubles[middle] + doubles[low])[:5 - short])
    return b''.join(pieces)


_radix85_cache = {}


def _radix85_tables(digits):
    """One-digit and two-digit spellings of 0..84 and 0..7224."""
    tables = _radix85_cache.get(digits)
    if tables is None:
        singles = [digits[i:i + 1] for i in range(85)]
        doubles = [a + b for a in singles for b in singles]
        tables = _radix85_cache[digits] = (singles, doubles)
    return tables


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode a bytes-like object.

    ``foldspaces`` writes four spaces as 'y'; ``wrapcol`` breaks lines after
    that many characters; ``pad`` keeps the digits of the filling of a short
    last word; ``adobe`` frames the result in '<~' and '~>'."""
    text = _radix85(b, _A85_DIGITS, pad, zero=b'z',
                    spaces=b'y' if foldspaces else None)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol:
        floor = 2 if adobe else 1
        width = wrapcol if wrapcol > floor else floor
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + len(_A85_CLOSE) > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_CLOSE
    return text


def _word_bytes(word, overflow):
    if word > 0xffffffff:
        raise overflow()
    return word.to_bytes(4, 'big')


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (bytes-like or ASCII str).

    ``adobe`` expects the '~>' end marker (and allows the '<~' start);
    characters in ``ignorechars`` are skipped."""
    data = _input_bytes(b)
    if adobe:
        if not data.endswith(_A85_CLOSE):
            raise ValueError('Ascii85 encoded byte sequences must end with %r'
                             % (_A85_CLOSE,))
        start = len(_A85_OPEN) if data.startswith(_A85_OPEN) else 0
        data = data[start:len(data) - len(_A85_CLOSE)]

    def too_big():
        return ValueError('Ascii85 overflow')

    out = bytearray()
    word = 0
    held = 0
    for char in data:
        if 33 <= char <= 117:
            word = word * 85 + (char - 33)
            held += 1
            if held == 5:
                out += _word_bytes(word, too_big)
                word = held = 0
        elif char == 122:                           # 'z'
            if held:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and char == 121:            # 'y'
            if held:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif char in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % char)
    if held:
        for _ in range(5 - held):
            word = word * 85 + 84
        out += _word_bytes(word, too_big)[:held - 1]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode a bytes-like object (the alphabet of git and Mercurial)."""
    return _radix85(b, _B85_DIGITS, pad)


_b85_values = None


def b85decode(b):
    """Decode Base85 data (bytes-like or ASCII str)."""
    global _b85_values
    if _b85_values is None:
        _b85_values = _digit_values(_B85_DIGITS)
    data = _input_bytes(b)
    missing = -len(data) % 5
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, char in enumerate(data[start:start + 5]):
            digit = _b85_values[char]
            if digit < 0:
                raise ValueError('bad base85 character at position %d'
                                 % (start + offset))
            word = word * 85 + digit
        if start + 5 > len(data):
            for _ in range(missing):
                word = word * 85 + 84
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start)
        out += word.to_bytes(4, 'big')
    if missing:
        del out[len(out) - missing:]
    return bytes(out)


# ---- the line-oriented interface ------------------------------------------

def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    _check_line_input(s)
    view = memoryview(s)
    return b''.join(binascii.b2a_base64(view[i:i + MAXBINSIZE])
                    for i in range(0, len(view), MAXBINSIZE))


def decodebytes(s):
    """Decode what ``encodebytes`` wrote (any Base64 in fact)."""
    _check_line_input(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode binary file ``input`` into binary file ``output``."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decode the Base64 lines of binary file ``input`` into ``output``."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
