"""Reading and writing gzip files (RFC 1952) — refpy's own implementation.

A gzip file is a series of members; each is a header (magic, method, flags,
mtime, optional name/comment/extra fields), a raw deflate stream and an 8-byte
trailer (CRC-32 and length modulo 2**32 of the uncompressed data). The deflate
work is done by refpy's zlib; this module handles the framing, the file
objects and the text mode (refpy has no io.TextIOWrapper, so text mode has a
small wrapper of its own that decodes the whole content when first read).
"""

import builtins
import errno
import io
import os
import struct
import sys
import time
import zlib
from _io import _LineReader

__all__ = [
    "BadGzipFile",
    "GzipFile",
    "open",
    "compress",
    "decompress",
]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

READ_BUFFER_SIZE = 128 * 1024

_LEVEL_FAST = 1
_LEVEL_BEST = 9
_CHUNK = 8192

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """The data is not a valid gzip stream."""


def write32u(output, value):
    """Write `value` to `output` as 4 little-endian unsigned bytes."""
    output.write(struct.pack('<L', value))


def _extra_flags(level):
    # The XFL header byte: 2 for the best compression, 4 for the fastest.
    return {_LEVEL_BEST: 2, _LEVEL_FAST: 4}.get(level, 0)


def _header_bytes(level, mtime, name=b''):
    flags = FNAME if name else 0
    head = struct.pack('<2sBBLBB', b'\x1f\x8b', 8, flags, int(mtime), _extra_flags(level), 255)
    if name:
        head += name + b'\x00'
    return head


# ------------------------------------------------------------ member decoding

class _MemberReader:
    """Pulls decompressed data out of a file object holding gzip members."""

    def __init__(self, fileobj):
        self._fp = fileobj
        self._held = b''          # read from _fp but not used yet
        self._inflate = None      # decompressor of the member being read
        self._crc = 0
        self._length = 0
        self.finished = False
        self.mtime = None

    def _pull(self, n):
        if self._held:
            data, self._held = self._held[:n], self._held[n:]
            return data
        return self._fp.read(n)

    def _pull_exactly(self, n):
        data = self._pull(n)
        while len(data) < n:
            more = self._pull(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def _skip_string(self):
        # A zero-terminated header field (or the end of the data).
        while True:
            byte = self._pull(1)
            if not byte or byte == b'\x00':
                return

    def _begin_member(self):
        """Read a member header; False at the clean end of the data."""
        magic = self._pull(2)
        if magic == b'':
            return False
        if magic != b'\x1f\x8b':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flags, self.mtime = struct.unpack('<BBIxx', self._pull_exactly(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flags & FEXTRA:
            (extra,) = struct.unpack('<H', self._pull_exactly(2))
            self._pull_exactly(extra)
        if flags & FNAME:
            self._skip_string()
        if flags & FCOMMENT:
            self._skip_string()
        if flags & FHCRC:
            self._pull_exactly(2)
        self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._length = 0
        return True

    def _end_member(self):
        crc, length = struct.unpack('<II', self._pull_exactly(8))
        if crc != self._crc:
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(self._crc)))
        if length != self._length & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        # Zero bytes may pad the space between members.
        while True:
            byte = self._pull(1)
            if byte != b'\x00':
                self._held = byte + self._held
                break
        self._inflate = None

    def chunk(self, limit):
        """Up to `limit` decompressed bytes; b'' once the data is exhausted."""
        while not self.finished:
            if self._inflate is None and not self._begin_member():
                self.finished = True
                break
            packed = self._pull(READ_BUFFER_SIZE)
            inflater = self._inflate
            out = inflater.decompress(packed, limit)
            self._held = (inflater.unconsumed_tail or inflater.unused_data) + self._held
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._length += len(out)
            if inflater.eof:
                self._end_member()
            elif not packed and not out:
                raise EOFError(_TRUNCATED)
            if out:
                return out
        return b''


# ------------------------------------------------------------------ GzipFile

class GzipFile(_LineReader):
    """A file object reading or writing gzip data (binary only)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        if mode.startswith('r'):
            self.mode = READ
            self._source = _MemberReader(fileobj)
            self._buf = b''
            self._pos = 0
        elif mode.startswith(('w', 'a', 'x')):
            if given_mode is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change '
                              'in future Python releases.  Specify the mode argument '
                              'for opening it for writing.', FutureWarning, 2)
            self.mode = WRITE
            self._crc = 0
            self._written = 0
            self._deflate = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            fileobj.write(_header_bytes(compresslevel,
                                        time.time() if mtime is None else mtime,
                                        self._stored_name()))

    def _stored_name(self):
        # The FNAME field: the base name without '.gz', in Latin-1 (or none).
        base = os.path.basename(self.name)
        try:
            if not isinstance(base, bytes):
                base = base.encode('latin-1')
        except UnicodeEncodeError:
            return b''
        return base[:-3] if base.endswith(b'.gz') else base

    @property
    def filename(self):
        import warnings
        warnings.warn('use the name attribute', DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != '.gz':
            return self.name + '.gz'
        return self.name

    @property
    def mtime(self):
        """The modification time in the last member header read."""
        return self._source.mtime

    def __repr__(self):
        inner = repr(self.fileobj)[1:-1]
        return '<gzip %s %s>' % (inner, hex(id(self)))

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _require_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(errno.EBADF, '%s() on write-only GzipFile object' % what)

    def _check_readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    # -- writing

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if self.fileobj is None:
            raise ValueError('write() on closed GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        if count:
            self.fileobj.write(self._deflate.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._written += count
        return count

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # -- reading

    def _more(self):
        """Append the next decompressed chunk to the buffer; False at the end."""
        piece = self._source.chunk(_CHUNK)
        if not piece:
            return False
        self._buf += piece
        return True

    def _take(self, n):
        data, self._buf = self._buf[:n], self._buf[n:]
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._require_read('read')
        whole = size is None or size < 0
        parts = [self._take(len(self._buf) if whole else size)]
        got = len(parts[0])
        while whole or got < size:
            piece = self._source.chunk(READ_BUFFER_SIZE if whole else size - got)
            if not piece:
                break
            parts.append(piece)
            got += len(piece)
            self._pos += len(piece)
        return b''.join(parts)

    def read1(self, size=-1):
        self._require_read('read1')
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b''
        if not self._buf:
            self._more()
        return self._take(size)

    def peek(self, n):
        self._require_read('peek')
        if not self._buf:
            self._more()
        return self._buf

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise AttributeError("'GzipFile' object has no attribute '_buffer'")
        if size is None:
            size = -1
        scanned = 0
        while True:
            end = self._buf.find(b'\n', scanned)
            if end >= 0:
                count = end + 1
                break
            if 0 <= size <= len(self._buf):
                count = size
                break
            scanned = len(self._buf)
            if not self._more():
                count = len(self._buf)
                break
        if size >= 0:
            count = min(count, size)
        return self._take(count)

    # -- positions

    def tell(self):
        self._check_not_closed()
        return self._written if self.mode == WRITE else self._pos

    def seekable(self):
        return True

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def rewind(self):
        """Go back to the start of the uncompressed data (read mode only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._restart()

    def _restart(self):
        self.fileobj.seek(0)
        self._source = _MemberReader(self.fileobj)
        self._buf = b''
        self._pos = 0

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._written
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._written:
                raise OSError('Negative seek in write mode')
            gap = offset - self._written
            for _ in range(gap // 1024):
                self.write(bytes(1024))
            self.write(bytes(gap % 1024))
            return self._written
        if self.mode != READ:
            return None
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            while self._more():
                pass
            offset += self._pos + len(self._buf)
        elif whence != io.SEEK_SET:
            raise ValueError('whence value %r unsupported' % (whence,))
        if offset < self._pos:
            self._restart()
        while self._pos < offset:
            if not self._buf and not self._more():
                break
            self._take(offset - self._pos)
        return self._pos

    # -- closing

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._deflate.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        target = self.fileobj
        if target is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                target.write(self._deflate.flush())
                write32u(target, self._crc)
                write32u(target, self._written & 0xffffffff)
            elif self.mode == READ:
                self._buf = b''
        finally:
            mine = self.myfileobj
            if mine:
                self.myfileobj = None
                mine.close()

    def __enter__(self):
        self._check_readable()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


# ---------------------------------------------------------------- text mode

class _TextOverGzip(_LineReader):
    """Text I/O over a GzipFile with TextIOWrapper's newline rules."""

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        self.buffer = binary
        self.encoding = encoding or 'UTF-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._text = None         # decoded content, once reading started
        self._at = 0

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r encoding=%r>' % (self.name, self.encoding)

    def _check_readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _content(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def read(self, size=-1):
        text = self._content()
        stop = len(text) if size is None or size < 0 else min(len(text), self._at + size)
        piece = text[self._at:stop]
        self._at = stop
        return piece

    def _line_end(self, text, start):
        # Index just past the line starting at `start`.
        rule = self._newline
        if rule == '':
            cr = text.find('\r', start)
            lf = text.find('\n', start)
            if cr >= 0 and (lf < 0 or cr < lf):
                return cr + (2 if text.startswith('\r\n', cr) else 1)
            return len(text) if lf < 0 else lf + 1
        mark = '\n' if rule is None else rule
        found = text.find(mark, start)
        return len(text) if found < 0 else found + len(mark)

    def readline(self, size=-1):
        text = self._content()
        stop = self._line_end(text, self._at)
        if size is not None and size >= 0:
            stop = min(stop, self._at + size)
        piece = text[self._at:stop]
        self._at = stop
        return piece

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        out = s
        if self._newline in ('\r', '\r\n'):
            out = out.replace('\n', self._newline)
        self.buffer.write(out.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if not self.closed:
            self.buffer.flush()

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary (GzipFile) or text mode."""
    text = 't' in mode
    if text:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for label, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % label)
    raw_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, raw_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, raw_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if text:
        return _TextOverGzip(binary, encoding, errors, newline)
    return binary


def compress(data, compresslevel=_LEVEL_BEST, *, mtime=None):
    """The gzip member holding `data`."""
    if mtime == 0:
        # zlib writes the same header itself, with its own OS byte.
        return zlib.compress(data, level=compresslevel, wbits=31)
    head = _header_bytes(compresslevel, time.time() if mtime is None else mtime)
    tail = struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)
    return head + zlib.compress(data, level=compresslevel, wbits=-15) + tail


def decompress(data):
    """The concatenated content of every gzip member in `data`."""
    parts = []
    rest = bytes(data)
    while True:
        reader = _MemberReader(io.BytesIO(rest))
        if not reader._begin_member():
            return b''.join(parts)
        consumed = reader._fp.tell()
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = inflater.decompress(rest[consumed:])
        trailer = inflater.unused_data
        if not inflater.eof or len(trailer) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack('<II', trailer[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile('CRC check failed')
        if length != len(out) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        parts.append(out)
        rest = trailer[8:].lstrip(b'\x00')
