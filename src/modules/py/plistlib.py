"""Reading and writing Apple property lists, in the XML and the binary ("bplist00") format.

refpy's own implementation, written from the documentation of CPython 3.11's plistlib,
Apple's description of both file formats, and the output python3 produces.

Values map to property list types as follows: str -> string, int -> integer, float ->
real, bool -> true/false, datetime.datetime -> date, bytes and bytearray -> data, list
and tuple -> array, dict (with str keys) -> dict; UID only exists in the binary format,
as does None.
"""

import binascii
import datetime
import enum
import io
import struct
from xml.parsers.expat import ParserCreate

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads",
           "dumps", "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A reference to another object in a keyed archive (binary format only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if isinstance(other, UID):
            return self.data == other.data
        return NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# The smallest and largest integers both formats can hold.
_INT_LOW = -(1 << 63)
_INT_HIGH = (1 << 64) - 1

# The reference date of the binary format's dates.
_EPOCH_2001 = datetime.datetime(2001, 1, 1)


# ---------------------------------------------------------------------------------
# XML output

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# Characters below 0x20 other than tab, newline and carriage return.
_FORBIDDEN = frozenset(chr(c) for c in range(32)) - {'\t', '\n', '\r'}


def _xml_text(text):
    """`text` made safe for element content, with line ends as '\\n'."""
    if not _FORBIDDEN.isdisjoint(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    for raw, entity in (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;')):
        text = text.replace(raw, entity)
    return text


class _XMLEmitter:
    """Turns a value into the lines of an XML property list."""

    def __init__(self, sort_keys, skipkeys):
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.lines = []

    def put(self, depth, text):
        self.lines.append('\t' * depth + text)

    def emit(self, value, depth):
        if isinstance(value, str):
            self.put(depth, f'<string>{_xml_text(value)}</string>')
        elif value is True or value is False:
            self.put(depth, '<true/>' if value else '<false/>')
        elif isinstance(value, int):
            if not _INT_LOW <= value <= _INT_HIGH:
                raise OverflowError(value)
            self.put(depth, f'<integer>{value:d}</integer>')
        elif isinstance(value, float):
            self.put(depth, f'<real>{value!r}</real>')
        elif isinstance(value, dict):
            self.emit_dict(value, depth)
        elif isinstance(value, (bytes, bytearray)):
            self.emit_data(value, depth)
        elif isinstance(value, datetime.datetime):
            stamp = '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
                value.year, value.month, value.day, value.hour, value.minute, value.second)
            self.put(depth, f'<date>{stamp}</date>')
        elif isinstance(value, (list, tuple)):
            if not value:
                self.put(depth, '<array/>')
                return
            self.put(depth, '<array>')
            for item in value:
                self.emit(item, depth + 1)
            self.put(depth, '</array>')
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def emit_dict(self, mapping, depth):
        if not mapping:
            self.put(depth, '<dict/>')
            return
        self.put(depth, '<dict>')
        pairs = sorted(mapping.items()) if self.sort_keys else mapping.items()
        for key, item in pairs:
            if not isinstance(key, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.put(depth + 1, f'<key>{_xml_text(key)}</key>')
            self.emit(item, depth + 1)
        self.put(depth, '</dict>')

    def emit_data(self, blob, depth):
        # Lines of base64 are 76 columns wide less the indentation (a tab counting
        # as 8), but never narrower than 16 characters.
        width = max(16, 76 - 8 * depth)
        step = width // 4 * 3
        self.put(depth, '<data>')
        for start in range(0, len(blob), step):
            chunk = binascii.b2a_base64(blob[start:start + step], newline=False)
            self.put(depth, chunk.decode('ascii'))
        self.put(depth, '</data>')


def _dump_xml(value, sort_keys, skipkeys):
    emitter = _XMLEmitter(sort_keys, skipkeys)
    emitter.lines.append('<plist version="1.0">')
    emitter.emit(value, 0)
    emitter.lines.append('</plist>')
    emitter.lines.append('')
    return PLISTHEADER + '\n'.join(emitter.lines).encode('utf-8')


# ---------------------------------------------------------------------------------
# XML input

def _parse_date(text):
    # YYYY[-MM[-DD[Thh[:mm[:ss]]]]]Z at the start of the text
    fields = []
    pos = 0
    for lead, size in (('', 4), ('-', 2), ('-', 2), ('T', 2), (':', 2), (':', 2)):
        piece = text[pos:pos + len(lead) + size]
        digits = piece[len(lead):]
        if (len(piece) != len(lead) + size or not piece.startswith(lead)
                or not (digits.isascii() and digits.isdigit())):
            break
        fields.append(int(digits))
        pos += len(piece)
    if not fields or text[pos:pos + 1] != 'Z':
        # (what CPython's own parser reports for a date it cannot match)
        raise AttributeError("'NoneType' object has no attribute 'groupdict'")
    return datetime.datetime(*fields)


class _XMLReader:
    """Builds the value of an XML property list from expat's events."""

    def __init__(self, dict_type):
        self.dict_type = dict_type
        self.open = []            # containers being filled, innermost last
        self.key = None           # the dict key waiting for its value
        self.result = None
        self.text = []
        self.parser = None

    def read(self, data):
        parser = self.parser = ParserCreate()
        parser.StartElementHandler = self.on_start
        parser.EndElementHandler = self.on_end
        parser.CharacterDataHandler = self.text.append
        parser.Parse(data, True)
        return self.result

    def where(self):
        return self.parser.CurrentLineNumber

    def take_text(self):
        joined = ''.join(self.text)
        self.text.clear()
        return joined

    def store(self, value):
        if not self.open:
            self.result = value
            return
        target = self.open[-1]
        if isinstance(target, list):
            target.append(value)
        elif self.key is not None:
            target[self.key] = value
            self.key = None
        else:
            raise ValueError("unexpected element at line %d" % self.where())

    def on_start(self, tag, attrs):
        self.text.clear()
        if tag == 'dict':
            made = self.dict_type()
        elif tag == 'array':
            made = []
        else:
            return
        self.store(made)
        self.open.append(made)

    def on_end(self, tag, _scalars={
            'string': lambda s: s,
            'integer': lambda s: int(s, 16) if s.startswith('0x') else int(s),
            'real': float,
            'date': _parse_date,
            'data': lambda s: binascii.a2b_base64(s.encode('utf-8'))}):
        if tag == 'key':
            name = self.take_text()
            target = self.open[-1] if self.open else [][0]
            if self.key is not None or not isinstance(target, dict):
                raise ValueError("unexpected key at line %d" % self.where())
            self.key = name
        elif tag in ('dict', 'array'):
            if tag == 'dict' and self.key is not None:
                raise ValueError("missing value for key '%s' at line %d"
                                 % (self.key, self.where()))
            self.key = None
            self.open.pop()
        elif tag in ('true', 'false'):
            self.store(tag == 'true')
        elif tag in _scalars:
            self.store(_scalars[tag](self.take_text()))


# ---------------------------------------------------------------------------------
# Binary output

def _size_code(count):
    # the power of two of bytes (0..3) an unsigned number below 2**64 needs
    for code in range(3):
        if count < 1 << (8 << code):
            return code
    return 3


class _BinaryEmitter:
    """Numbers the objects of a value (equal hashable ones once, others by identity),
    then writes them, their offsets and the trailer."""

    def __init__(self, sort_keys, skipkeys):
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.objects = []           # in the order they are numbered
        self.numbers = {}           # (type, value) or id -> number
        self.keepalive = []

    def number_of(self, value):
        # Scalars are shared by value; containers, UIDs and anything else count as
        # one object each.
        if value is None or isinstance(value, (str, int, float, bytes, datetime.datetime)):
            return (type(value), value)
        return id(value)

    def collect(self, value):
        """Number `value` and, depth first, everything it holds."""
        key = self.number_of(value)
        if key in self.numbers:
            return
        self.numbers[key] = len(self.objects)
        self.objects.append(value)
        self.keepalive.append(value)
        if isinstance(value, dict):
            pairs = self.dict_pairs(value)
            for k, _ in pairs:
                self.collect(k)
            for _, v in pairs:
                self.collect(v)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.collect(item)

    def dict_pairs(self, mapping):
        pairs = sorted(mapping.items()) if self.sort_keys else list(mapping.items())
        kept = []
        for k, v in pairs:
            if not isinstance(k, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            kept.append((k, v))
        return kept

    def refs(self, items):
        fmt = '>' + self.ref_char * len(items)
        return struct.pack(fmt, *[self.numbers[self.number_of(x)] for x in items])

    @staticmethod
    def head(marker, count):
        if count < 15:
            return bytes([marker | count])
        return bytes([marker | 0xF]) + _BinaryEmitter.encode(count)

    @staticmethod
    def encode(value):
        """The bytes of one object that holds no references."""
        if value is None:
            return b'\x00'
        if value is False:
            return b'\x08'
        if value is True:
            return b'\x09'
        if isinstance(value, int):
            if value < 0:
                if value < _INT_LOW:
                    raise OverflowError(value)
                return b'\x13' + value.to_bytes(8, 'big', signed=True)
            if value < 1 << 63:
                code = _size_code(value)
                return bytes([0x10 | code]) + value.to_bytes(1 << code, 'big')
            if value <= _INT_HIGH:
                return b'\x14' + value.to_bytes(16, 'big')
            raise OverflowError(value)
        if isinstance(value, float):
            return b'\x23' + struct.pack('>d', value)
        if isinstance(value, datetime.datetime):
            seconds = (value - _EPOCH_2001).total_seconds()
            return b'\x33' + struct.pack('>d', seconds)
        if isinstance(value, (bytes, bytearray)):
            return _BinaryEmitter.head(0x40, len(value)) + bytes(value)
        if isinstance(value, str):
            if value.isascii():
                return _BinaryEmitter.head(0x50, len(value)) + value.encode('ascii')
            units = value.encode('utf-16-be')
            return _BinaryEmitter.head(0x60, len(units) // 2) + units
        if isinstance(value, UID):
            size = 1 << _size_code(value.data)
            return bytes([0x80 | (size - 1)]) + value.data.to_bytes(size, 'big')
        raise TypeError(value)

    def build(self, value):
        self.collect(value)
        count = len(self.objects)
        ref_size = 1 << _size_code(count)
        self.ref_char = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}[ref_size]
        out = bytearray(b'bplist00')
        offsets = []
        for obj in self.objects:
            offsets.append(len(out))
            if isinstance(obj, dict):
                pairs = self.dict_pairs(obj)
                out += self.head(0xD0, len(pairs))
                out += self.refs([k for k, _ in pairs]) + self.refs([v for _, v in pairs])
            elif isinstance(obj, (list, tuple)):
                out += self.head(0xA0, len(obj)) + self.refs(obj)
            else:
                out += self.encode(obj)
        table_at = len(out)
        offset_size = 1 << _size_code(table_at)
        for where in offsets:
            out += where.to_bytes(offset_size, 'big')
        out += struct.pack('>6xBBQQQ', offset_size, ref_size, count, 0, table_at)
        return bytes(out)


# ---------------------------------------------------------------------------------
# Binary input

class _BinaryReader:
    def __init__(self, data, dict_type):
        self.data = data
        self.dict_type = dict_type
        self.made = {}

    def read(self):
        data = self.data
        offset_size, self.ref_size, count, top, table_at = struct.unpack(
            '>6xBBQQQ', data[-32:])
        table = data[table_at:table_at + offset_size * count]
        self.offsets = [int.from_bytes(table[i:i + offset_size], 'big')
                        for i in range(0, len(table), offset_size)]
        if len(self.offsets) != count:
            raise IndexError
        return self.value(top)

    def unsigned(self, at, size):
        piece = self.data[at:at + size]
        if len(piece) != size:
            raise IndexError
        return int.from_bytes(piece, 'big')

    def length(self, low, at):
        """The element count of an object whose marker has `low` in its low bits,
        and the position of its contents."""
        if low != 0xF:
            return low, at
        marker = self.data[at]
        if marker >> 4 != 1:
            raise ValueError
        size = 1 << (marker & 0xF)
        return self.unsigned(at + 1, size), at + 1 + size

    def value(self, index):
        if index in self.made:
            return self.made[index]
        at = self.offsets[index]
        marker = self.data[at]
        kind, low = marker >> 4, marker & 0xF
        at += 1
        if marker in (0x00, 0x08, 0x09, 0x0F):
            result = {0x00: None, 0x08: False, 0x09: True, 0x0F: b''}[marker]
        elif kind == 0x1:
            size = 1 << low
            raw = self.data[at:at + size]
            if len(raw) != size:
                raise IndexError
            result = int.from_bytes(raw, 'big', signed=low >= 3)
        elif marker in (0x22, 0x23, 0x33):
            size = 4 if marker == 0x22 else 8
            number = struct.unpack('>f' if size == 4 else '>d', self.data[at:at + size])[0]
            if marker == 0x33:
                result = _EPOCH_2001 + datetime.timedelta(seconds=number)
            else:
                result = number
        elif kind in (0x4, 0x5, 0x6):
            count, at = self.length(low, at)
            size = count * 2 if kind == 0x6 else count
            raw = self.data[at:at + size]
            if len(raw) != size:
                raise IndexError
            if kind == 0x4:
                result = bytes(raw)
            else:
                result = raw.decode('ascii' if kind == 0x5 else 'utf-16-be')
        elif kind == 0x8:
            result = UID(self.unsigned(at, low + 1))
        elif kind in (0xA, 0xD):
            count, at = self.length(low, at)
            width = self.ref_size
            refs = [self.unsigned(at + i * width, width)
                    for i in range(count * (2 if kind == 0xD else 1))]
            if kind == 0xA:
                result = self.made[index] = []
                result.extend(self.value(r) for r in refs)
            else:
                result = self.made[index] = self.dict_type()
                keys = [self.value(r) for r in refs[:count]]
                for k, r in zip(keys, refs[count:]):
                    result[k] = self.value(r)
            return result
        else:
            raise ValueError
        self.made[index] = result
        return result


# ---------------------------------------------------------------------------------
# The API

def _looks_xml(head):
    # "<?xml" or "<plist", alone or after a UTF-8 or UTF-16 byte order mark
    for bom, codec in ((b'', 'utf-8'), (b'\xef\xbb\xbf', 'utf-8'),
                       (b'\xfe\xff', 'utf-16-be'), (b'\xff\xfe', 'utf-16-le')):
        for start in ('<?xml', '<plist'):
            if head.startswith(bom + start.encode(codec)):
                return True
    return False


def _reader_for(fmt):
    def xml(fp, dict_type):
        return _XMLReader(dict_type).read(fp.read())

    def binary(fp, dict_type):
        data = fp.read()
        if not data.startswith(b'bplist00'):
            raise InvalidFileException()
        try:
            return _BinaryReader(data, dict_type).read()
        except (OSError, IndexError, KeyError, TypeError, ValueError, OverflowError,
                struct.error, RecursionError):
            raise InvalidFileException()

    return {FMT_XML: xml, FMT_BINARY: binary}[fmt]


def load(fp, *, fmt=None, dict_type=dict):
    """Read a property list from the binary file object `fp`; the format is detected
    unless `fmt` names it. Dictionaries are made with `dict_type`."""
    if fmt is None:
        head = fp.read(32)
        fp.seek(0)
        if _looks_xml(head):
            fmt = FMT_XML
        elif head[:8] == b'bplist00':
            fmt = FMT_BINARY
        else:
            raise InvalidFileException()
    return _reader_for(fmt)(fp, dict_type)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a property list from the bytes `value` (see load())."""
    return load(io.BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write `value` as a property list to the binary file object `fp`."""
    if fmt is FMT_XML:
        data = _dump_xml(value, sort_keys, skipkeys)
    elif fmt is FMT_BINARY:
        data = _BinaryEmitter(sort_keys, skipkeys).build(value)
    else:
        raise ValueError(f"Unsupported format: {fmt!r}")
    fp.write(data)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """The bytes of `value` written as a property list."""
    out = io.BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
