# refpy's `io` module: `open` and the file classes of `_io` (see io.py), and the in-memory
# streams `StringIO` and `BytesIO`, written in our own Python (CPython implements them in
# C; their sizes are not modelled yet).

from _io import open, UnsupportedOperation, _LineReader

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _Memory(_LineReader):
    """What StringIO and BytesIO share: a buffer (str or bytes) and a position."""

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
        start = min(self._pos, len(self._buf))
        i = self._buf.find(self._newline, start)
        end = len(self._buf) if i < 0 else i + 1
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
        self._write(initial_value)
        self._pos = 0

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return self._write(s)

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


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
