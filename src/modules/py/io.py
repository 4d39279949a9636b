import sys as _sys
import abc as _abc
import _io
# refpy's `io` module: the stream classes of `_io` (see _io.py), the abstract bases
# IOBase, RawIOBase, BufferedIOBase and TextIOBase, and the in-memory streams `StringIO`
# and `BytesIO`, written in our own Python (CPython implements them in C).

from _io import (open, UnsupportedOperation, _LineReader, FileIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper, text_encoding,
                 _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, _bytes_of,
                 _newlines_value)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']


def open_code(path):
    """Opens `path` for reading bytes (as the import system reads code)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, 'rb')


class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    """The abstract base class of all I/O classes."""


class RawIOBase(_RawIOBase, IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(_BufferedIOBase, IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(_TextIOBase, IOBase):
    """Base class for text I/O."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _Memory(_LineReader):
    """What StringIO and BytesIO share: a buffer (str or bytes) and a position.

    Writes at the end (the usual case: building output) are kept in a list and joined
    when the buffer is next read, so writing n pieces costs O(total size), not O(n^2).
    """

    @property
    def _buf(self):
        if self._pending is not None:
            self._value = self._value + self._pad[:0].join(self._pending)
            self._pending = None
        return self._value

    @_buf.setter
    def _buf(self, value):
        self._value = value
        self._pending = None
        self._length = len(value)

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    _check_readable = _check_open

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_open()
        return self._pos

    def getvalue(self):
        self._check_open()
        return self._buf

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError(self._negative % ("seek position" if self._text else "seek value", pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                # (sic: the C StringIO says "cur" for both)
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(("Invalid" if self._text else "invalid")
                             + " whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._negative % ("size value", size))
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1):
        self._check_open()
        buf = self._buf
        start = min(self._pos, len(buf))
        newline = self._newline
        if newline:
            i = buf.find(newline, start)
            end = len(buf) if i < 0 else i + len(newline)
        else:
            # StringIO(newline=''): \r, \n and \r\n all end a line
            cr = buf.find('\r', start)
            lf = buf.find('\n', start)
            if cr < 0 and lf < 0:
                end = len(buf)
            elif cr < 0 or 0 <= lf < cr:
                end = lf + 1
            else:
                end = cr + 2 if buf.startswith('\n', cr + 1) else cr + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _write(self, data):
        self._check_open()
        n = len(data)
        if n == 0:
            return 0
        if self._pos == self._length:
            if self._pending is None:
                self._pending = [data]
            else:
                self._pending.append(data)
            self._length += n
            self._pos += n
            return n
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._pad * (self._pos - len(buf))
        self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        return n

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory):
    """Text I/O implementation using an in-memory buffer."""

    _text = True
    _newline = '\n'
    _pad = '\0'
    _closed_message = "I/O operation on closed file"
    _negative = "Negative %s %d"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._closed = False
        self._buf = ''
        self._pos = 0
        # newline=None translates \r\n and \r to \n when written; '\r' and '\r\n'
        # replace \n; lines end at `_newline` ('' for any of \r, \n, \r\n).
        self._translate = newline
        self._newline = '\n' if newline is None else newline
        self._write(self._translated(initial_value))
        self._pos = 0

    # The line endings written so far (`newlines`), kept as CPython's newline decoder
    # does when newline is None or '': 1 for \n, 2 for \r, 4 for \r\n (the bits of
    # _io's `_newlines_value`).
    _seen = 0

    def _translated(self, s):
        mode = self._translate
        if mode is None or mode == '':
            if '\r' in s:
                crlf = s.count('\r\n')
                self._seen |= ((2 if s.count('\r') > crlf else 0) | (4 if crlf else 0)
                               | (1 if s.count('\n') > crlf else 0))
                if mode is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 1
        elif mode == '\r' or mode == '\r\n':
            s = s.replace('\n', mode)
        return s

    @property
    def newlines(self):
        """The kinds of line ending written so far (None without newline None or '')."""
        self._check_open()
        return _newlines_value(self._seen)

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(self._translated(s))
        return n

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

_sys._c_layout(StringIO, 120, True, True)


class BytesIO(_LineReader):
    """Buffered I/O implementation using an in-memory bytes buffer.

    The content is a bytearray, so a write in the middle costs the length of what is
    written, and getbuffer() views it (resizing it while viewed raises BufferError)."""

    # The C object's buffer is a bytes object (`buf`) of `_alloc` bytes, shared with the
    # outside while another reference holds it (SHARED_BUF: the initial bytes, what
    # getvalue() returned): then `__sizeof__` leaves it out and the first change copies
    # it. `_buf_obj` is that bytes object while it may be shared, else None (a private
    # buffer). The content itself lives in `_ba`.
    _alloc = 0
    _buf_obj = b''

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._pos = 0
        self._alloc = 0
        self._buf_obj = b''
        if initial_bytes is None:
            self._ba = bytearray()
        elif type(initial_bytes) is bytes:
            self._ba = bytearray(initial_bytes)
            self._alloc = len(initial_bytes)
            self._buf_obj = initial_bytes
        else:
            self._ba = bytearray(_bytes_of(initial_bytes))
            if self._ba:
                self._grow(len(self._ba))

    def _shared(self):
        b = self._buf_obj
        # b'' and the one-byte bytes are CPython's shared singletons.
        # references: the attribute, `b` and the argument; more is someone else's
        return b is not None and (len(b) <= 1 or _getrefcount(b) > 3)

    def _grow(self, size):
        # resize_buffer(): the new length of `buf` for `size` bytes of content.
        alloc = self._alloc
        if size < alloc // 2:
            alloc = size + 1
        elif size < alloc:
            return
        elif size <= alloc * 1.125:
            alloc = size + (size >> 3) + (3 if size < 9 else 6)
        else:
            alloc = size + 1
        self._alloc = alloc
        self._buf_obj = None

    def _unshare(self, size):
        self._alloc = size
        self._buf_obj = None

    def _share_out(self):
        # `buf` itself handed out (getvalue(), a whole read): shared from now on.
        if self._buf_obj is None:
            self._buf_obj = bytes(self._ba)
        return self._buf_obj

    def __sizeof__(self):
        size = object.__sizeof__(self)
        if not self._closed and not self._shared():
            size += 33 + self._alloc  # the bytes object `buf`
        return size

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    _check_readable = _check_open

    @property
    def closed(self):
        return self._closed

    _viewed = False

    def close(self):
        if self._viewed:
            self._check_exports()
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def getvalue(self):
        self._check_open()
        n = len(self._ba)
        if n <= 1 or self._exported():
            return bytes(self._ba)
        if n != self._alloc:
            self._unshare(n)
        return self._share_out()

    def _exported(self):
        if not self._viewed:
            return False
        try:
            self._check_exports()
        except BufferError:
            return True
        self._viewed = False
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def getbuffer(self):
        self._check_open()
        if not self._exported() and self._shared():
            self._unshare(len(self._ba))
        self._viewed = True
        return memoryview(self._ba)

    def _check_exports(self):
        # While a getbuffer() view lives, the content may not change (resizing the
        # bytearray is what tells whether one does).
        try:
            self._ba.append(0)
        except BufferError:
            raise BufferError('Existing exports of data: object cannot be re-sized') from None
        self._ba.pop()

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._ba) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if self._viewed:
            self._check_exports()
        if size < len(self._ba):
            del self._ba[size:]
            self._grow(size)
        return size

    def read(self, size=-1):
        self._check_open()
        ba = self._ba
        start = self._pos
        if size is None or size < 0:
            end = len(ba)
        else:
            end = min(len(ba), start + size)
        if start >= end:
            return b''
        self._pos = end
        if end - start > 1 and start == 0 and end == self._alloc and not self._exported():
            return self._share_out()  # read_bytes() hands out `buf` itself
        return bytes(ba[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        ba = self._ba
        start = self._pos
        if start >= len(ba):
            return b''
        i = ba.find(b'\n', start)
        end = len(ba) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        if end - start > 1 and start == 0 and end == self._alloc and not self._exported():
            return self._share_out()
        return bytes(ba[start:end])

    def readinto(self, buffer):
        view = memoryview(buffer).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def write(self, b):
        self._check_open()
        if self._viewed:
            self._check_exports()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = _bytes_of(b)
        n = len(data)
        if n == 0:
            return 0
        ba = self._ba
        pos = self._pos
        end = pos + n
        if end > self._alloc:
            self._grow(end)
        elif self._buf_obj is not None:
            # Shared: copied before the change; private: changed in place.
            if self._shared():
                self._unshare(max(end, len(ba)))
            self._buf_obj = None
        if pos > len(ba):
            ba.extend(bytes(pos - len(ba)))
        if pos == len(ba):
            ba += data
        else:
            ba[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __getstate__(self):
        self._check_open()
        return (bytes(self._ba), self._pos, dict(self.__dict__))

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)

_sys._c_layout(BytesIO, 64, True, True)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    @property
    def closed(self):
        return self._writer.closed


BufferedRWPair.__module__ = '_io'
for _cls in (StringIO, BytesIO):
    _cls.__module__ = '_io'
_io._WHOLE_TYPES.add(BytesIO)     # a TextIOWrapper reads a BytesIO in one piece
RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls
# C types in CPython: immutable, named '_io.StringIO'... in messages.
for _cls in (StringIO, BytesIO, BufferedRWPair, FileIO, BufferedReader, BufferedWriter,
             BufferedRandom, TextIOWrapper, _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase,
             type(_sys.__stdout__), type(_sys.__stdin__)):
    _sys._c_type_name(_cls)
del _cls

_getrefcount = _sys.getrefcount
del _sys, _io
