"""codecs: the codec registry, the base classes of codecs and the functions of CPython's
`_codecs`, over refpy's native codecs (`objects/codecs.rs`).

The natives set before this runs: `_lookup(name)` (the native codec's module and codec
name, or None), `_encode(module, fname, str, errors)` -> (bytes, length),
`_decode(module, fname, data, errors, final, byteorder)` -> (str, consumed, byteorder),
`_aliases()`, and the builtin error handlers (`strict_errors`, `ignore_errors`, ...).
"""

import builtins as _builtins
import sys as _sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """An IncrementalEncoder encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping the unencoded rest of its input between calls."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """An IncrementalDecoder decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping the undecoded rest of its input between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                        (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the functions of _codecs ----

def _errors(errors):
    return 'strict' if errors is None else errors


def _order_module(base, byteorder):
    if byteorder == 0:
        return base
    return base + ('_le' if byteorder < 0 else '_be')


def utf_8_encode(str, errors=None, /):
    return _encode('utf_8', 'utf_8_encode', str, errors)


def utf_8_decode(data, errors=None, final=False, /):
    return _decode('utf_8', 'utf_8_decode', data, errors, final, 0)[:2]


def utf_16_encode(str, errors=None, byteorder=0, /):
    return _encode(_order_module('utf_16', byteorder), 'utf_16_encode', str, errors)


def utf_16_le_encode(str, errors=None, /):
    return _encode('utf_16_le', 'utf_16_le_encode', str, errors)


def utf_16_be_encode(str, errors=None, /):
    return _encode('utf_16_be', 'utf_16_be_encode', str, errors)


def utf_16_decode(data, errors=None, final=False, /):
    return _decode('utf_16', 'utf_16_decode', data, errors, final, 0)[:2]


def utf_16_le_decode(data, errors=None, final=False, /):
    return _decode('utf_16_le', 'utf_16_le_decode', data, errors, final, 0)[:2]


def utf_16_be_decode(data, errors=None, final=False, /):
    return _decode('utf_16_be', 'utf_16_be_decode', data, errors, final, 0)[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _decode('utf_16', 'utf_16_ex_decode', data, errors, final, byteorder)


def utf_32_encode(str, errors=None, byteorder=0, /):
    return _encode(_order_module('utf_32', byteorder), 'utf_32_encode', str, errors)


def utf_32_le_encode(str, errors=None, /):
    return _encode('utf_32_le', 'utf_32_le_encode', str, errors)


def utf_32_be_encode(str, errors=None, /):
    return _encode('utf_32_be', 'utf_32_be_encode', str, errors)


def utf_32_decode(data, errors=None, final=False, /):
    return _decode('utf_32', 'utf_32_decode', data, errors, final, 0)[:2]


def utf_32_le_decode(data, errors=None, final=False, /):
    return _decode('utf_32_le', 'utf_32_le_decode', data, errors, final, 0)[:2]


def utf_32_be_decode(data, errors=None, final=False, /):
    return _decode('utf_32_be', 'utf_32_be_decode', data, errors, final, 0)[:2]


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _decode('utf_32', 'utf_32_ex_decode', data, errors, final, byteorder)


def ascii_encode(str, errors=None, /):
    return _encode('ascii', 'ascii_encode', str, errors)


def ascii_decode(data, errors=None, /):
    return _decode('ascii', 'ascii_decode', data, errors, True, 0)[:2]


def latin_1_encode(str, errors=None, /):
    return _encode('latin_1', 'latin_1_encode', str, errors)


def latin_1_decode(data, errors=None, /):
    return _decode('latin_1', 'latin_1_decode', data, errors, True, 0)[:2]


def unicode_escape_encode(str, errors=None, /):
    return _encode('unicode_escape', 'unicode_escape_encode', str, errors)


def unicode_escape_decode(data, errors=None, final=True, /):
    return _decode('unicode_escape', 'unicode_escape_decode', data, errors, final, 0)[:2]


def raw_unicode_escape_encode(str, errors=None, /):
    return _encode('raw_unicode_escape', 'raw_unicode_escape_encode', str, errors)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    return _decode('raw_unicode_escape', 'raw_unicode_escape_decode', data, errors, final, 0)[:2]


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode()
    data = bytes(data)
    return (data, len(data))


_SIMPLE_ESCAPES = {ord('\\'): b'\\\\', ord("'"): b"\\'", ord('\t'): b'\\t',
                   ord('\n'): b'\\n', ord('\r'): b'\\r'}


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s"
                        % type(data).__name__)
    out = bytearray()
    for b in data:
        if b in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[b]
        elif b < 0x20 or b >= 0x7f:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return (bytes(out), len(data))


_BYTE_ESCAPES = {ord('\n'): b'', ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
                 ord('b'): b'\b', ord('f'): b'\f', ord('t'): b'\t', ord('n'): b'\n',
                 ord('r'): b'\r', ord('v'): b'\v', ord('a'): b'\a'}


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode()
    data = bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i + 1]
        i += 2
        if c in _BYTE_ESCAPES:
            out += _BYTE_ESCAPES[c]
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
                else:
                    break
            out.append(v & 0xff)
        elif c == ord('x'):
            digits = data[i:i + 2]
            if len(digits) == 2 and all(d in b'0123456789abcdefABCDEF' for d in digits):
                out.append(int(digits, 16))
                i += 2
            else:
                err = _errors(errors)
                if err == 'strict':
                    raise ValueError("invalid \\x escape at position %d" % (i - 2))
                if err == 'replace':
                    out.append(ord('?'))
                elif err != 'ignore':
                    raise ValueError("decoding error; unknown error handling code: " + err)
                while i < n and i < i + 2 and data[i] in b'0123456789abcdefABCDEF':
                    i += 1
                    break
        else:
            out.append(0x5c)
            out.append(c)
    return (bytes(out), len(data))


def charmap_build(map, /):
    if not isinstance(map, str):
        raise TypeError("charmap_build() argument must be str, not %s" % type(map).__name__)
    table = {}
    for i, ch in enumerate(map):
        table.setdefault(ord(ch), i)
    return table


def charmap_decode(data, errors=None, mapping=None, /):
    if mapping is None:
        return latin_1_decode(data, errors)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    errors = _errors(errors)
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if isinstance(mapping, str):
            ch = mapping[b] if b < len(mapping) else '\ufffe'
        else:
            try:
                ch = mapping[b]
            except LookupError:
                ch = None
            if isinstance(ch, int):
                if not 0 <= ch <= 0x10ffff:
                    raise TypeError("character mapping must be in range(0x110000)")
                ch = chr(ch)
            elif ch is not None and not isinstance(ch, str):
                raise TypeError("character mapping must return integer, None or str")
        if ch is None or ch == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1,
                                     'character maps to <undefined>')
            rep, i = _call_decode_handler(errors, exc, n)
            out.append(rep)
            continue
        out.append(ch)
        i += 1
    return (''.join(out), n)


def _call_decode_handler(errors, exc, n):
    res = lookup_error(errors)(exc)
    if not (isinstance(res, tuple) and len(res) == 2 and isinstance(res[0], str)):
        raise TypeError("decoding error handler must return (str, int) tuple")
    pos = res[1].__index__()
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return res[0], pos


def charmap_encode(str, errors=None, mapping=None, /):
    if mapping is None:
        return latin_1_encode(str, errors)
    if not isinstance(str, _builtins.str):
        raise TypeError("charmap_encode() argument 1 must be str, not %s" % type(str).__name__)
    errors = _errors(errors)

    def enc(ch):
        try:
            r = mapping[ord(ch)]
        except LookupError:
            return None
        if r is None:
            return None
        if isinstance(r, int):
            if not 0 <= r < 256:
                raise TypeError("character mapping must be in range(256)")
            return bytes((r,))
        if isinstance(r, bytes):
            return r
        raise TypeError("character mapping must return integer, bytes or None, not %s"
                        % type(r).__name__)

    out = bytearray()
    i, n = 0, len(str)
    while i < n:
        r = enc(str[i])
        if r is not None:
            out += r
            i += 1
            continue
        end = i + 1
        while end < n and enc(str[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', str, i, end, 'character maps to <undefined>')
        if errors in ('strict', 'surrogateescape', 'surrogatepass'):
            raise exc
        res = lookup_error(errors)(exc)
        if not (isinstance(res, tuple) and len(res) == 2
                and isinstance(res[0], (_builtins.str, bytes))):
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        rep, pos = res[0], res[1].__index__()
        if isinstance(rep, bytes):
            out += rep
        else:
            for ch in rep:
                r = enc(ch)
                if r is None:
                    raise UnicodeEncodeError('charmap', str, i, end,
                                             'character maps to <undefined>')
                out += r
        if pos < 0:
            pos += n
        if not 0 <= pos <= n:
            raise IndexError("position %d from error handler out of bounds" % pos)
        i = pos
    return (bytes(out), n)


# ---- the error handler registry ----

_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape,
    'surrogatepass': surrogatepass,
}


def register_error(errors, handler, /):
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    handler = _error_handlers.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler


# ---- the codecs refpy implements, as the modules of `encodings` define them ----

_FUNCTION_NAMES = {'utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le',
                   'utf_32_be', 'ascii', 'latin_1', 'unicode_escape', 'raw_unicode_escape',
                   'utf_8_sig'}


def _native_codec(module, name):
    """The CodecInfo of a native codec (its module of `encodings` and codec name)."""
    special = _SPECIAL.get(module)
    if special is not None:
        return special(module, name)

    fname = 'charmap' if module not in _FUNCTION_NAMES else module

    def encode(input, errors='strict'):
        return _encode(module, fname + '_encode', input, errors)

    def decode(input, errors='strict'):
        return _decode(module, fname + '_decode', input, errors, True, 0)[:2]

    def _buffer_decode(self, input, errors, final):
        return _decode(module, 'decode', input, errors, final, 0)[:2]

    IncrementalEncoder = type('IncrementalEncoder', (_IncEncoder,), {'_module': module})
    IncrementalDecoder = type('IncrementalDecoder', (BufferedIncrementalDecoder,),
                              {'_buffer_decode': _buffer_decode})
    StreamWriter = type('StreamWriter', (StreamWriter_,), {'_module': module})
    StreamReader = type('StreamReader', (StreamReader_,), {'_module': module})
    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = 'encodings.' + module
        cls.__qualname__ = cls.__name__
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder,
                     incrementaldecoder=IncrementalDecoder,
                     streamreader=StreamReader, streamwriter=StreamWriter)


class _IncEncoder(IncrementalEncoder):
    def encode(self, input, final=False):
        return _encode(self._module, 'encode', input, self.errors)[0]


class StreamWriter_(StreamWriter):
    def encode(self, input, errors='strict'):
        return _encode(self._module, 'encode', input, errors)


class StreamReader_(StreamReader):
    def decode(self, input, errors='strict'):
        return _decode(self._module, 'decode', input, errors, False, 0)[:2]


def _bom_codec(module, name):
    """utf-16, utf-32 and utf-8-sig: a BOM written first, detected when decoding."""
    le, be = module + '_le', module + '_be'
    native = le if _sys.byteorder == 'little' else be
    if module == 'utf_8_sig':
        native = 'utf_8'

    def encode(input, errors='strict'):
        return _encode(module, module + '_encode', input, errors)

    def decode(input, errors='strict'):
        return _decode(module, module + '_decode', input, errors, True, 0)[:2]

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            m = module if self.first else native
            self.first = False
            return _encode(m, 'encode', input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.first = True

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = None

        def _buffer_decode(self, input, errors, final):
            if self.order is not None:
                return _decode(self.order, 'decode', input, errors, final, 0)[:2]
            if module == 'utf_8_sig':
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ('', 0)
                self.order = 'utf_8'
                return _decode(module, 'decode', input, errors, final, 0)[:2]
            output, consumed, order = _decode(module, 'decode', input, errors, final, 0)
            if order == -1:
                self.order = le
            elif order == 1:
                self.order = be
            elif consumed >= (2 if module == 'utf_16' else 4):
                raise UnicodeError("%s stream does not start with BOM"
                                   % ('UTF-16' if module == 'utf_16' else 'UTF-32'))
            return (output, consumed)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self.order is None:
                return (state, 2)
            if module == 'utf_8_sig':
                return (state, 0)
            return (state, int((self.order == be) != (_sys.byteorder == 'big')))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            state = state[1]
            if module == 'utf_8_sig':
                self.order = None if state == 2 else 'utf_8'
            elif state == 0:
                self.order = native
            elif state == 1:
                self.order = be if native == le else le
            else:
                self.order = None

    class StreamWriter__(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.first = True

        def reset(self):
            StreamWriter.reset(self)
            self.first = True

        def encode(self, input, errors='strict'):
            m = module if self.first else native
            self.first = False
            return _encode(m, 'encode', input, errors)

    class StreamReader__(StreamReader):
        order = None

        def reset(self):
            StreamReader.reset(self)
            self.order = None

        def decode(self, input, errors='strict'):
            if self.order is not None:
                return _decode(self.order, 'decode', input, errors, False, 0)[:2]
            if module == 'utf_8_sig':
                if len(input) < 3 and BOM_UTF8.startswith(input):
                    return ('', 0)
                self.order = 'utf_8'
                return _decode(module, 'decode', input, errors, False, 0)[:2]
            output, consumed, order = _decode(module, 'decode', input, errors, False, 0)
            if order == -1:
                self.order = le
            elif order == 1:
                self.order = be
            elif consumed >= (2 if module == 'utf_16' else 4):
                raise UnicodeError("%s stream does not start with BOM"
                                   % ('UTF-16' if module == 'utf_16' else 'UTF-32'))
            return (output, consumed)

    classes = [IncrementalEncoder_, IncrementalDecoder_, StreamWriter__, StreamReader__]
    for cls, n in zip(classes, ['IncrementalEncoder', 'IncrementalDecoder', 'StreamWriter',
                                'StreamReader']):
        cls.__name__ = cls.__qualname__ = n
        cls.__module__ = 'encodings.' + module
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder_,
                     incrementaldecoder=IncrementalDecoder_,
                     streamreader=StreamReader__, streamwriter=StreamWriter__)


_SPECIAL = {'utf_16': _bom_codec, 'utf_32': _bom_codec, 'utf_8_sig': _bom_codec}


# ---- bytes-to-bytes and str-to-str codecs (hex, base64, rot13, ...) ----

def _bytes_codec(name, enc, dec):
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (enc(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (dec(input), len(input))

    class IncrementalEncoder_(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class IncrementalDecoder_(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    class StreamWriter__(StreamWriter):
        charbuffertype = bytes

        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader__(StreamReader):
        charbuffertype = bytes

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder_,
                     incrementaldecoder=IncrementalDecoder_,
                     streamwriter=StreamWriter__, streamreader=StreamReader__,
                     _is_text_encoding=False)


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


def _base64_encode(data):
    import base64
    return base64.encodebytes(data)


def _base64_decode(data):
    import base64
    return base64.decodebytes(data)


def _zlib_encode(data):
    import zlib
    return zlib.compress(data)


def _zlib_decode(data):
    import zlib
    return zlib.decompress(data)


def _rot13(input):
    table = {}
    for base in (ord('a'), ord('A')):
        for i in range(26):
            table[base + i] = base + (i + 13) % 26
    return str.translate(input, table)


_NON_TEXT = {
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'zlib_codec': ('zlib', _zlib_encode, _zlib_decode),
    'rot_13': ('rot-13', _rot13, _rot13),
}


def _resolve(name):
    """The module name of `encodings` that `name` resolves to."""
    chars = []
    punct = False
    for c in name:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    norm = ''.join(chars)
    aliases = _alias_table()
    return aliases.get(norm) or aliases.get(norm.replace('.', '_')) or norm


_aliases_dict = None


def _alias_table():
    global _aliases_dict
    if _aliases_dict is None:
        _aliases_dict = dict(_aliases())
    return _aliases_dict


def _builtin_search(name):
    native = _lookup(name)
    if native is not None:
        return _native_codec(*native)
    module = _resolve(name)
    entry = _NON_TEXT.get(module)
    if entry is not None:
        return _bytes_codec(*entry)
    return None


# ---- the registry ----

_search_functions = []
_cache = {}


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _normalize_key(name):
    """The registry's normalization (`_Py_normalize_encoding`): lower-cased, each run of
    characters other than ASCII alphanumerics and '.' one '_' (none at either end)."""
    out = []
    punct = False
    for c in name:
        if c.isascii() and (c.isalnum() or c == '.'):
            if punct and out:
                out.append('_')
            out.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(out)


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize_key(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    info = _builtin_search(norm)
    if info is None:
        for search in _search_functions:
            info = search(norm)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[norm] = info
    return info


# Builtin exception classes with an __init__ of their own (CPython does not re-raise
# these with the codec named).
_OWN_INIT = ('UnicodeError', 'OSError', 'SyntaxError', 'ImportError', 'NameError',
             'AttributeError', 'StopIteration', 'StopAsyncIteration', 'SystemExit',
             'BaseExceptionGroup')


def _wrap(exc, action, encoding):
    """CPython's wrap_codec_error: an exception of a plain class is re-raised as a new
    one of the same class naming the codec."""
    cls = type(exc)
    for c in cls.__mro__:
        if c is BaseException:
            break
        if c.__module__ == 'builtins':
            if c.__name__ in _OWN_INIT:
                return exc
        elif '__init__' in c.__dict__ or '__new__' in c.__dict__:
            return exc
    if getattr(exc, '__dict__', None):
        return exc
    try:
        new = cls("%s with %r codec failed (%s: %s)" % (action, encoding, cls.__name__, exc))
    except Exception:
        return exc
    new.__cause__ = exc
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s"
                        % type(encoding).__name__)
    if not isinstance(errors, str):
        raise TypeError("encode() argument 'errors' must be str, not %s"
                        % type(errors).__name__)
    encoder = lookup(encoding).encode
    wrapped = None
    try:
        result = encoder(obj, errors)
    except Exception as exc:
        wrapped = _wrap(exc, 'encoding', encoding)
        if wrapped is exc:
            raise
    if wrapped is not None:
        # Raised outside the handler: CPython's wrapped error has no __context__.
        try:
            raise wrapped
        finally:
            wrapped = None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    if not isinstance(encoding, str):
        raise TypeError("decode() argument 'encoding' must be str, not %s"
                        % type(encoding).__name__)
    if not isinstance(errors, str):
        raise TypeError("decode() argument 'errors' must be str, not %s"
                        % type(errors).__name__)
    decoder = lookup(encoding).decode
    wrapped = None
    try:
        result = decoder(obj, errors)
    except Exception as exc:
        wrapped = _wrap(exc, 'decoding', encoding)
        if wrapped is exc:
            raise
    if wrapped is not None:
        # Raised outside the handler: CPython's wrapped error has no __context__.
        try:
            raise wrapped
        finally:
            wrapped = None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object, integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens an encoded file using the given mode and returns a wrapped version
    providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


try:
    strict_errors = lookup_error("strict")
    ignore_errors = lookup_error("ignore")
    replace_errors = lookup_error("replace")
    xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
    backslashreplace_errors = lookup_error("backslashreplace")
    namereplace_errors = lookup_error("namereplace")
except LookupError:
    strict_errors = None
