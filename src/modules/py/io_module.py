import sys as _sys
# refpy's `io` module: `open` and the file classes of `_io` (see io.py), and the in-memory
# streams `StringIO` and `BytesIO`, written in our own Python (CPython implements them in
# C; their sizes are not modelled yet).

from _io import open, UnsupportedOperation, _LineReader

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

    def _translated(self, s):
        mode = self._translate
        if mode is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif mode == '\r' or mode == '\r\n':
            s = s.replace('\n', mode)
        return s

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(self._translated(s))
        return n

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

_sys._c_layout(StringIO, 120, True, True)


class BytesIO(_Memory):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _text = False
    _newline = b'\n'
    _pad = b'\0'
    _closed_message = "I/O operation on closed file."
    _negative = "negative %s %d"

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = b''
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytes(initial_bytes)

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)

_sys._c_layout(BytesIO, 64, True, True)

del _sys
