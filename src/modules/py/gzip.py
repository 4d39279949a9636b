"""Functions that read and write gzipped files.

The user of the file doesn't have to worry about the compression,
but random access is not allowed."""

# refpy's own gzip (RFC 1952 over our zlib): GzipFile reads any number of members
# (with the zero padding gzip allows between them) and writes one, with the header
# CPython 3.11 writes (FNAME from the file name, MTIME, XFL from the level, OS 255).
# Text mode is a small wrapper of our own (refpy's io has no TextIOWrapper).

import builtins
import io
import os
import struct
import sys
import time
import zlib
from _io import _LineReader

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024

_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def write32u(output, value):
    # The value is written as an unsigned little-endian 32-bit number.
    output.write(struct.pack("<L", value))


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _create_simple_gzip_header(compresslevel, mtime=None):
    if mtime is None:
        mtime = time.time()
    # magic, deflate, no flags, mtime, extra flags, OS unknown
    return bytes([0x1f, 0x8b, 8, 0]) + struct.pack("<L", int(mtime)) + \
        bytes([_xfl(compresslevel), 255])


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_EOF_MESSAGE)
        data += more
    return data


def _read_gzip_header(fp):
    """Read a member header; return its MTIME, or None at the end of the input."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                c = fp.read(1)
                if not c or c == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


class _Source:
    """The compressed input: a file object with bytes pushed back in front."""

    def __init__(self, fp):
        self.fp = fp
        self.front = b''

    def read(self, n):
        if self.front:
            data = self.front[:n]
            self.front = self.front[n:]
            if len(data) < n:
                data += self.fp.read(n - len(data))
            return data
        return self.fp.read(n)

    def prepend(self, data):
        self.front = bytes(data) + self.front


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes object), or
    an existing file object to read from or write to.

    The mode argument can be "r", "rb", "w", "wb", "x", "xb", "a" or "ab" for
    binary mode, or "rt", "wt", "xt" or "at" for text mode. The default mode is
    "rb", and the default compresslevel is 9.

    For binary mode, this function is equivalent to the GzipFile constructor:
    GzipFile(filename, mode, compresslevel). In this case, the encoding, errors
    and newline arguments must not be provided.

    For text mode, a GzipFile object is created, and wrapped in an
    io.TextIOWrapper instance with the specified encoding, error handling
    behavior, and line ending(s).

    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


class GzipFile(_LineReader):
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method.

    This class only supports opening files in binary mode. If you need to open a
    compressed file in text mode, use the gzip.open() function.

    """

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
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
        explicit = mode is not None
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self.name = filename
            self._src = _Source(fileobj)
            self._out = b''
            self._out_pos = 0
            self._pos = 0
            self._member = None
            self._at_eof = False
            self._last_mtime = None
        elif mode.startswith(('w', 'a', 'x')):
            if not explicit:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.writebuf = []
            self.bufsize = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return getattr(self, '_last_mtime', None)

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = bytes([0x1f, 0x8b, 8, FNAME if fname else 0])
        header += struct.pack("<L", int(mtime)) + bytes([_xfl(compresslevel), 255])
        self.fileobj.write(header[:2])
        self.fileobj.write(header[2:3])
        self.fileobj.write(header[3:4])
        self.fileobj.write(header[4:8])
        self.fileobj.write(header[8:9])
        self.fileobj.write(header[9:10])
        if fname:
            self.fileobj.write(fname + b'\000')

    # ---- state checks ----

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(9, what + "() on write-only GzipFile object")

    # ---- writing ----

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(9, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # ---- reading ----

    def _next_chunk(self, size):
        """Decompress more output (at most `size` bytes when size > 0); b'' at the end."""
        while True:
            if self._member is not None and self._member.eof:
                self._read_eof()
                self._member = None
            if self._member is None:
                self._crc = zlib.crc32(b"")
                self._stream_size = 0
                mtime = _read_gzip_header(self._src)
                if mtime is None:
                    return b''
                self._last_mtime = mtime
                self._member = zlib.decompressobj(-zlib.MAX_WBITS)
            buf = self._src.read(READ_BUFFER_SIZE)
            out = self._member.decompress(buf, size)
            if self._member.unconsumed_tail != b"":
                self._src.prepend(self._member.unconsumed_tail)
            elif self._member.unused_data != b"":
                self._src.prepend(self._member.unused_data)
            if out != b"":
                self._crc = zlib.crc32(out, self._crc)
                self._stream_size += len(out)
                return out
            if buf == b"":
                raise EOFError(_EOF_MESSAGE)

    def _read_eof(self):
        crc32, isize = struct.unpack("<II", _read_exact(self._src, 8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        elif isize != (self._stream_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        c = b"\x00"
        while c == b"\x00":
            c = self._src.read(1)
        if c:
            self._src.prepend(c)

    def _buffered(self):
        return len(self._out) - self._out_pos

    def _take(self, n):
        data = self._out[self._out_pos:self._out_pos + n]
        self._out_pos += len(data)
        self._pos += len(data)
        return data

    def _fill(self, size=READ_BUFFER_SIZE):
        """Make sure some decoded bytes are buffered; False at the end of the data."""
        if self._buffered():
            return True
        if self._at_eof:
            return False
        chunk = self._next_chunk(size)
        if not chunk:
            self._at_eof = True
            return False
        self._out = chunk
        self._out_pos = 0
        return True

    def read(self, size=-1):
        self._check_read('read')
        if size is None or size < 0:
            parts = [self._take(self._buffered())]
            while self._fill():
                parts.append(self._take(self._buffered()))
            return b''.join(parts)
        parts = []
        want = size
        while want > 0 and self._fill():
            part = self._take(want)
            parts.append(part)
            want -= len(part)
        return b''.join(parts)

    def read1(self, size=-1):
        self._check_read('read1')
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._fill():
            return b''
        return self._take(size)

    def peek(self, n):
        self._check_read('peek')
        if not self._fill():
            return b''
        return self._out[self._out_pos:]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        parts = []
        total = 0
        while self._fill():
            i = self._out.find(b'\n', self._out_pos)
            n = self._buffered() if i < 0 else i + 1 - self._out_pos
            if size >= 0:
                n = min(n, size - total)
            part = self._take(n)
            parts.append(part)
            total += len(part)
            if part.endswith(b'\n') or (size >= 0 and total >= size):
                break
        return b''.join(parts)

    # readlines() and iteration come from _LineReader; iterating checks only that the
    # file is open, with IOBase.__iter__'s message (reading checks the mode).
    def _check_readable(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    # ---- the rest of the file interface ----

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._src = _Source(self.fileobj)
        self._out = b''
        self._out_pos = 0
        self._pos = 0
        self._member = None
        self._at_eof = False

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_read('seek')
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, io.DEFAULT_BUFFER_SIZE)):
                break
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _TextFile:
    """Text over a GzipFile: decoding, encoding and newline translation."""

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = binary
        self.encoding = encoding if encoding is not None else 'UTF-8'
        self.errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._text = None
        self._tpos = 0

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self.buffer.mode

    def _load(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def read(self, size=-1):
        text = self._load()
        if size is None or size < 0:
            size = len(text) - self._tpos
        out = text[self._tpos:self._tpos + size]
        self._tpos += len(out)
        return out

    def readline(self, size=-1):
        text = self._load()
        start = self._tpos
        if self._newline in (None, '\n'):
            i = text.find('\n', start)
            end = len(text) if i < 0 else i + 1
        elif self._newline == '':
            end = len(text)
            for j in range(start, len(text)):
                c = text[j]
                if c == '\n':
                    end = j + 1
                    break
                if c == '\r':
                    end = j + 2 if text[j + 1:j + 2] == '\n' else j + 1
                    break
        else:
            i = text.find(self._newline, start)
            end = len(text) if i < 0 else i + len(self._newline)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._tpos = end
        return text[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
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
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self.encoding


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.
    mtime can be used to set the modification time. The modification time is
    set to the current time by default.
    """
    if mtime == 0:
        # zlib writes the same header (MTIME 0) with its own XFL and OS bytes.
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _create_simple_gzip_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    members = []
    data = bytes(data)
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")
