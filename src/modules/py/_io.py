# refpy's `_io`: the stream classes behind `open()` and the `io` module, written in our
# own Python over three native primitives (`_read`, `_write`, `_create_new`: whole-file
# reads and writes, see src/modules/io.rs).
#
# The layers are CPython's: open() makes a FileIO (raw), wraps it in a BufferedReader,
# BufferedWriter or BufferedRandom, and for text in a TextIOWrapper. A FileIO reads the
# whole file when it is opened and keeps what is written in memory until it is flushed
# (a FileIO used directly writes at once; under a buffered object, at flush() and
# close()). A Buffered* object over any other raw stream buffers as CPython's does, and
# a TextIOWrapper decodes whatever binary stream it is given.

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _arg_type_name(value):
    """How Argument Clinic's "argument must be str, not X" names a bad argument:
    its type's name, but None as plain 'None'."""
    return 'None' if value is None else type(value).__name__


def _closed_error():
    return ValueError('I/O operation on closed file.')


class _LineReader:
    """readlines() and line iteration, for every stream with readline() and a
    _check_readable() (StringIO and BytesIO in the io module)."""

    def readlines(self, hint=-1):
        self._check_readable()
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
        self._check_readable()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _bytes_of(b):
    """The bytes a write() of a bytes-like object `b` writes."""
    if type(b) is bytes:
        return b
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    try:
        view = memoryview(b)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
    return view.tobytes()


class _IOBase:
    """The methods every stream shares (CPython's `_io._IOBase`)."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def fileno(self):
        self._unsupported('fileno')

    @property
    def closed(self):
        return self.__dict__.get('_iobase_closed', False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error() if msg is None else ValueError(msg)

    def flush(self):
        if self.closed:
            raise _closed_error()

    def close(self):
        if not self.__dict__.get('_iobase_closed', False):
            try:
                self.flush()
            finally:
                self._iobase_closed = True

    def __del__(self):
        # CPython's finalizer: close() an open stream; its errors are dropped.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.')

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        return self.close()

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        peek = getattr(self, 'peek', None)
        out = bytearray()
        while size < 0 or len(out) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                i = ahead.find(b'\n') + 1
                n = i if i > 0 else len(ahead)
                if size >= 0:
                    n = min(n, size - len(out))
            b = self.read(n)
            if not b:
                break
            out += b
            if out.endswith(b'\n'):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Unbuffered binary streams: read() and readall() made of readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def _readinto(self, b, read):
        view = memoryview(b).cast('B')
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)


class _TextIOBase(_IOBase):
    """Text streams."""

    def read(self, size=-1):
        self._unsupported('read')

    def readline(self, size=-1):
        self._unsupported('readline')

    def write(self, s):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _cls.__module__ = '_io'
del _cls


def _fspath(path):
    """os.fspath: str and bytes as they are, else what the class's __fspath__ (looked up
    on the type and bound as a special method is) returns."""
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    for klass in cls.__mro__:
        if '__fspath__' in klass.__dict__:
            method = klass.__dict__['__fspath__']
            break
    else:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % cls.__name__)
    bind = getattr(type(method), '__get__', None)
    if bind is not None:
        method = bind(method, path, cls)
    result = method()
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (cls.__name__, type(result).__name__))
    return result


class FileIO(_RawIOBase):
    """A file (or an inherited descriptor). The content is read whole when the file
    is opened for reading; writes are kept in memory until flushed (at once when the
    FileIO is used on its own, at flush() and close() under a buffered object).

    '+' modes keep the whole content (a bytearray) and write it back on flush; the
    others append what was written since the last flush. A descriptor's content cannot
    be rewritten from the start without lseek: its writes are appended instead."""

    _buffered = False

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % _arg_type_name(mode))
        kinds = 0
        plus = False
        for c in mode:
            if c in 'rwxa':
                kinds += 1
            elif c == '+':
                if plus:
                    kinds = 2
                plus = True
            elif c != 'b':
                raise ValueError('invalid mode: %s' % mode)
        if kinds != 1 or mode.count('b') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode '
                             'and at most one plus')
        self._closed = True
        self._created = 'x' in mode
        self._appending = 'a' in mode
        self._readable = 'r' in mode or plus
        self._writable = not ('r' in mode) or plus
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError('negative file descriptor')
            path = file
        else:
            path = _fspath(file)
            if isinstance(path, bytes):
                path = path.decode('utf-8', 'surrogateescape')
            if '\0' in path:
                raise ValueError('embedded null byte')
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
        self.name = file
        if opener is not None:
            import os
            flags = (os.O_RDWR if plus else os.O_RDONLY if 'r' in mode else os.O_WRONLY)
            if 'w' in mode:
                flags |= os.O_CREAT | os.O_TRUNC
            elif 'x' in mode:
                flags |= os.O_CREAT | os.O_EXCL
            elif 'a' in mode:
                flags |= os.O_CREAT | os.O_APPEND
            fd = opener(file, flags)
            if not isinstance(fd, int):
                raise TypeError('expected integer from opener')
            if fd < 0:
                raise ValueError('opener returned %d' % fd)
            path = fd
        self._path = path
        self._closefd = closefd
        self._update = plus and not isinstance(path, int)
        self._dirty = False
        self._pending = []
        try:
            if 'r' in mode or ('a' in mode and plus):
                data = self._read_raw()
            else:
                data = b''
                if isinstance(path, int):
                    pass
                elif 'w' in mode:
                    _write(path, data, False)
                elif 'x' in mode:
                    _create_new(path)
                elif 'a' in mode:
                    _write(path, data, True)
        except OSError as exc:
            # The error names the path as given: bytes stay bytes.
            if isinstance(file, bytes) and isinstance(exc.filename, str):
                exc.filename = file
            raise
        self._data = bytearray(data) if self._update else data
        self._pos = len(data) if 'a' in mode else 0
        if 'a' in mode and not plus and not isinstance(path, int):
            # appends start at the end: the position counts what the file holds
            import os
            try:
                self._pos = os.stat(path).st_size
            except OSError:
                pass
        self._closed = False

    def _read_raw(self):
        if not isinstance(self._path, int):
            try:
                return _read(self._path)
            except FileNotFoundError:
                if self._appending:
                    return b''
                raise
        import os
        chunks = []
        while True:
            chunk = os.read(self._path, 65536)
            if not chunk:
                return b''.join(chunks)
            chunks.append(chunk)

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def closed(self):
        return self._closed

    @property
    def closefd(self):
        return self._closefd

    def _check(self, want_read):
        if self._closed:
            raise _closed_error()
        if want_read:
            if not self._readable:
                raise UnsupportedOperation('File not open for reading')
        elif not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def _checkClosed(self, msg=None):
        if self._closed:
            raise _closed_error()

    def fileno(self):
        self._checkClosed()
        if isinstance(self._path, int):
            return self._path
        raise UnsupportedOperation('fileno')

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return False

    def read(self, size=-1):
        self._check(True)
        data = self._data
        pos = self._pos
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), pos + size)
        if pos >= end:
            return b''
        self._pos = end
        if pos == 0 and end == len(data) and type(data) is bytes:
            return data
        chunk = data[pos:end]
        return chunk if type(chunk) is bytes else bytes(chunk)

    def readall(self):
        return self.read()

    def readinto(self, buffer):
        self._check(True)
        view = memoryview(buffer).cast('B')
        chunk = self.read(len(view))
        view[:len(chunk)] = chunk
        return len(chunk)

    def _find_line(self, size):
        """The end of the line starting at the position (for the buffered readline)."""
        data = self._data
        pos = self._pos
        end = data.find(b'\n', pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        return end

    def write(self, b):
        self._check(False)
        data = _bytes_of(b)
        n = len(data)
        if self._update:
            if self._appending:
                self._pos = len(self._data)
            buf, pos = self._data, self._pos
            if pos > len(buf):
                buf.extend(bytes(pos - len(buf)))
            buf[pos:pos + n] = data
            self._pos = pos + n
            self._dirty = True
        else:
            self._pending.append(data)
            self._pos += n
        if not self._buffered:
            self._flush_data()
        return n

    def _flush_data(self):
        if self._dirty:
            self._dirty = False
            self._store(bytes(self._data), False)
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._store(data, True)

    def _store(self, data, append):
        if not isinstance(self._path, int):
            _write(self._path, data, append)
            return
        import os
        while data:
            data = data[os.write(self._path, data):]

    def flush(self):
        self._checkClosed()
        self._flush_data()

    def truncate(self, size=None):
        self._check(False)
        self._flush_data()
        if size is None:
            size = self._pos
        if size < 0:
            raise OSError(22, 'Invalid argument')
        data = bytes(self._data[:size]) + bytes(max(0, size - len(self._data)))
        self._data = bytearray(data) if self._update else data
        if not isinstance(self._path, int):
            _write(self._path, data, False)
        return size

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._end()
        elif whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if pos < 0:
            raise OSError(22, 'Invalid argument')
        self._pos = pos
        return pos

    def _end(self):
        # Write-only modes hold no content: the end is the file's size plus what waits.
        if self._update or not self._writable or isinstance(self._path, int):
            return len(self._data)
        import os
        try:
            size = os.stat(self._path).st_size
        except OSError:
            size = 0
        return size + sum(map(len, self._pending))

    def close(self):
        if not self._closed:
            try:
                self._flush_data()
            finally:
                self._closed = True
                if isinstance(self._path, int) and self._closefd:
                    import os
                    os.close(self._path)

    def __repr__(self):
        if self._closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self._closefd)

    def __getstate__(self):
        raise TypeError("cannot pickle 'FileIO' object")


class _Wrapped:
    """What a buffered stream and a text wrapper answer from the stream they wrap
    (`self._attached()`: that stream, or ValueError once detached). Copied into both by
    `_members_of` rather than inherited: their MROs are CPython's."""

    # What subprocess reads to hand a child the file a refpy file object stands for
    # (these objects hold no descriptor): the path, and tell() counting bytes.
    _binary = True

    @property
    def _path(self):
        try:
            return getattr(self._attached(), '_path', None)
        except ValueError:
            return None

    @property
    def name(self):
        return self._attached().name

    @property
    def closed(self):
        return self._attached().closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error()

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()


def _members_of(source):
    """Class decorator: copies `source`'s methods and properties into the class, for
    classes that share them but whose MRO must stay CPython's."""
    def copy(cls):
        for name, value in vars(source).items():
            if not name.startswith('__'):
                setattr(cls, name, value)
        return cls
    return copy


@_members_of(_Wrapped)
class _Buffered(_BufferedIOBase):
    """BufferedReader, BufferedWriter and BufferedRandom. Over a FileIO they leave the
    buffering to it (it holds the whole file); over any other raw stream they keep a read
    buffer and a write buffer of `buffer_size` bytes as CPython's do."""

    _kind = ''

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._kind != 'w' and not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        if self._kind != 'r' and not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._fast = type(raw) is FileIO
        if self._fast:
            raw._buffered = True
        self._rbuf = b''
        self._wbuf = bytearray()

    def _attached(self):
        raw = self._raw
        if raw is None:
            raise ValueError('raw stream has been detached')
        return raw

    @property
    def raw(self):
        return self._raw

    @property
    def mode(self):
        return self._attached().mode

    def seekable(self):
        return self._attached().seekable()

    def detach(self):
        raw = self._attached()
        self.flush()
        self._raw = None
        if self._fast:
            raw._buffered = False
        return raw

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def flush(self):
        raw = self._attached()
        if raw.closed:
            raise ValueError('flush of closed file')
        if self._fast:
            raw._flush_data()
        else:
            self._flush_writes()
            if self._kind != 'r':
                raw.flush()

    def _flush_writes(self):
        raw = self._raw
        while self._wbuf:
            n = raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._wbuf[:n]

    def _check_read(self):
        raw = self._attached()
        if raw.closed:
            raise ValueError('read of closed file')
        if self._kind == 'w':
            raise UnsupportedOperation('read')
        return raw

    # -- reading over a raw stream that is not a FileIO --
    def _fill(self, size):
        """Reads from the raw stream until the buffer holds `size` bytes (all when
        size < 0) or the stream ends; False when a read returned no data."""
        raw = self._raw
        self._flush_writes()
        got = False
        while size < 0 or len(self._rbuf) < size:
            chunk = raw.read(self.buffer_size if size >= 0 else DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            got = True
            self._rbuf += chunk
        return got

    def read(self, size=-1):
        raw = self._check_read()
        if size is None:
            size = -1
        elif size < -1:
            raise ValueError('read length must be non-negative or -1')
        if self._fast:
            return raw.read(size)
        self._fill(size)
        if size < 0:
            out, self._rbuf = self._rbuf, b''
        else:
            out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def read1(self, size=-1):
        raw = self._check_read()
        if size is None or size < 0:
            size = self.buffer_size
        if self._fast:
            return raw.read(size)
        if not self._rbuf and size:
            self._fill(1)
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def peek(self, size=0):
        raw = self._check_read()
        if self._fast:
            return raw._data[raw._pos:raw._pos + max(size, 1) + self.buffer_size][:self.buffer_size]
        if not self._rbuf:
            self._fill(1)
        return self._rbuf

    def readline(self, size=-1):
        raw = self._check_read()
        if size is None:
            size = -1
        if self._fast:
            end = raw._find_line(size)
            return raw.read(end - raw._pos)
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or (0 <= size <= len(self._rbuf)):
                break
            if not self._fill(len(self._rbuf) + 1):
                break
        end = len(self._rbuf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, size)
        out, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return out

    def __next__(self):
        raw = self._raw
        if self._fast and not raw._closed and raw._readable:
            # the common loop `for line in f`, without the layers of readline()
            data = raw._data
            pos = raw._pos
            end = data.find(b'\n', pos)
            end = len(data) if end < 0 else end + 1
            if pos >= end:
                raise StopIteration
            raw._pos = end
            line = data[pos:end]
            return line if type(line) is bytes else bytes(line)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --
    def write(self, b):
        raw = self._attached()
        if raw.closed:
            raise ValueError('write to closed file')
        if self._kind == 'r':
            raise UnsupportedOperation('write')
        if self._fast:
            return raw.write(b)
        data = _bytes_of(b)
        if self._rbuf:
            # a write after a read goes where the reader is, not after its buffer
            if raw.seekable():
                raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def truncate(self, pos=None):
        raw = self._attached()
        self.flush()
        if pos is None:
            pos = self.tell()
        return raw.truncate(pos)

    def tell(self):
        raw = self._attached()
        if self._fast:
            return raw.tell()
        pos = raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        raw = self._attached()
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        if raw.closed:
            raise ValueError('seek of closed file')
        if self._fast:
            return raw.seek(pos, whence)
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return raw.seek(pos, whence)

    def __repr__(self):
        cls = type(self)
        qual = cls.__qualname__ if cls.__module__ == '_io' else cls.__module__ + '.' + cls.__qualname__
        if cls.__module__ == '_io':
            qual = '_io.' + qual
        try:
            name = self.name
        except (AttributeError, ValueError):
            return '<%s>' % qual
        return '<%s name=%r>' % (qual, name)

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class BufferedReader(_Buffered):
    _kind = 'r'


class BufferedWriter(_Buffered):
    _kind = 'w'


class BufferedRandom(_Buffered):
    _kind = 'rw'


for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom):
    _cls.__module__ = '_io'
del _cls


def _newlines_value(seen):
    return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
            ('\r', '\n', '\r\n'))[seen]


def _check_str_arg(value, what):
    if value is not None and not isinstance(value, str):
        raise TypeError("TextIOWrapper() argument '%s' must be str or None, not %s"
                        % (what, type(value).__name__))


_NO_ARG = object()


def _locale_encoding():
    return 'UTF-8'


@_members_of(_Wrapped)
class TextIOWrapper(_TextIOBase):
    """Text over a binary stream: decoding, newline translation and encoding.

    Reading keeps the text decoded so far in `_raw` (as decoded) and `_text` (with the
    newlines translated), `_tpos` being the position in `_text` and `_snap` the stream
    position where `_raw` starts; a file or BytesIO is read whole at the first read,
    other streams DEFAULT_BUFFER_SIZE bytes at a time. Writes collect in `_pending`
    until they pass the chunk size, a flush, or a read."""

    _CHUNK = DEFAULT_BUFFER_SIZE
    _rawfile = None
    _plain = False

    def __init__(self, buffer=_NO_ARG, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self._buffer = None
        if buffer is _NO_ARG:
            raise TypeError("TextIOWrapper() missing required argument 'buffer' (pos 1)")
        _check_str_arg(encoding, 'encoding')
        _check_str_arg(errors, 'errors')
        _check_str_arg(newline, 'newline')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is None or encoding == 'locale':
            encoding = _locale_encoding()
        import codecs
        info = codecs.lookup(encoding)
        if not getattr(info, '_is_text_encoding', True):
            raise LookupError("%r is not a text encoding; use codecs.open() to handle "
                              "arbitrary codecs" % encoding)
        if errors is None:
            errors = 'strict'
        self._encoding = encoding
        self._codec = info.name
        self._errors = errors
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._buffer = buffer
        # a file from open(): line reads and writes skip the layers while it is open
        self._rawfile = buffer._raw if type(buffer) in _BUFFERED_TYPES and buffer._fast else None
        self._reading = buffer.readable()
        self._writing = buffer.writable()
        self._seekable = buffer.seekable()
        self._reset_read()
        self._pending = []
        self._pending_count = 0
        self._bom = self._codec in ('utf-16', 'utf-32')
        if self._bom and self._seekable and self._writing and buffer.tell() != 0:
            self._bom = False
        self._set_plain()

    def _set_newline(self, newline):
        self._newline = newline
        self._universal = not newline           # None or '': any line ending
        self._translate = newline is None       # \r\n and \r read as \n
        self._lf = newline is None or newline == '\n'   # lines end at \n in _text
        self._writenl = newline or None         # what \n becomes ('' and None: \n)
        if self._writenl == '\n':
            self._writenl = None

    def _reset_read(self):
        self._raw = ''
        self._text = ''
        self._tpos = 0
        self._snap = None
        self._eof = False
        self._seen = 0
        self._decoder = None
        self._ascii = True

    # -- attributes --
    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError('underlying buffer has been detached')
        return buffer

    def _open(self):
        buffer = self._attached()
        if buffer.closed:
            raise _closed_error()
        return buffer

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return _newlines_value(self._seen) if self._universal else None

    def seekable(self):
        self._open()
        return self._seekable

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            parts.append(' name=%r' % (name,))
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(' mode=%r' % (mode,))
        parts.append(' encoding=%r>' % (self._encoding,))
        return ''.join(parts)

    def __getstate__(self):
        raise TypeError("cannot pickle 'TextIOWrapper' object")

    # -- closing --
    def flush(self):
        self._open()
        self._flush_pending()
        self._buffer.flush()

    def close(self):
        buffer = self._attached()
        if buffer.closed:
            return
        try:
            self.flush()
        finally:
            buffer.close()

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        self._rawfile = None
        self._plain = False
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if self._text and (encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation('It is not possible to set the encoding or newline '
                                       'of stream after the first read')
        _check_str_arg(encoding, 'encoding')
        _check_str_arg(errors, 'errors')
        if newline is not Ellipsis:
            _check_str_arg(newline, 'newline')
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError('illegal newline value: %s' % newline)
        self.flush()
        if encoding is not None:
            if encoding == 'locale':
                encoding = _locale_encoding()
            import codecs
            info = codecs.lookup(encoding)
            self._encoding = encoding
            self._codec = info.name
            self._errors = 'strict' if errors is None else errors
            self._bom = False
        elif errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        self._set_plain()

    # -- writing --
    def _set_plain(self):
        # Whether write() may hand the encoded text straight to the file's own pending
        # list (a file from open() keeps its writes in memory until flush anyway).
        self._plain = (self._rawfile is not None and not self._rawfile._update
                       and self._writing and self._writenl is None
                       and not self._line_buffering and not self._write_through
                       and self._codec not in ('utf-16', 'utf-32'))

    def write(self, s):
        raw = self._rawfile
        if raw is not None and not raw._closed:
            if self._plain and type(s) is str:
                data = s.encode(self._codec, self._errors)
                raw._pending.append(data)
                raw._pos += len(data)
                if self._snap is not None:
                    self._reset_read()
                return len(s)
            buffer = self._buffer
        else:
            buffer = self._open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % _arg_type_name(s))
        if not self._writing:
            raise UnsupportedOperation('not writable')
        n = len(s)
        text = s
        haslf = '\n' in s
        if haslf and self._writenl is not None:
            text = text.replace('\n', self._writenl)
        needflush = self._line_buffering and (haslf or '\r' in s)
        if self._bom:
            data = text.encode(self._encoding, self._errors)
            self._bom = False
        elif self._codec in ('utf-16', 'utf-32'):
            data = text.encode(self._codec + '-le', self._errors)
        else:
            data = text.encode(self._codec, self._errors)
        count = self._pending_count + len(data)
        if count > self._CHUNK and self._pending:
            self._flush_pending()
            count = len(data)
        self._pending.append(data)
        self._pending_count = count
        if count >= self._CHUNK or needflush or self._write_through:
            self._flush_pending()
            if needflush:
                buffer.flush()
        if self._snap is not None:
            self._reset_read()
        return n

    def _flush_pending(self):
        if self._pending:
            data = b''.join(self._pending) if len(self._pending) > 1 else self._pending[0]
            self._pending = []
            self._pending_count = 0
            self._buffer.write(data)

    # -- reading --
    def _check_readable(self):
        buffer = self._open()
        if not self._reading:
            raise UnsupportedOperation('not readable')
        self._flush_pending()
        return buffer

    def _whole(self, buffer):
        """True when the stream is read in one piece (a file, a BytesIO)."""
        return type(buffer) in _WHOLE_TYPES

    def _note_newlines(self, raw):
        if '\r' in raw:
            crlf = raw.count('\r\n')
            cr = raw.count('\r') - crlf
            lf = raw.count('\n') - crlf
            self._seen |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
        elif '\n' in raw:
            self._seen |= 1

    def _fill(self):
        """Decodes more of the stream into _raw/_text; False at its end."""
        if self._eof:
            return False
        buffer = self._buffer
        if self._snap is None:
            self._snap = buffer.tell() if self._seekable else 0
        else:
            # forget what was read: _raw starts again at the reading position
            k = self._raw_index(self._tpos)
            if k:
                self._snap += self._byte_len(self._raw[:k])
                self._raw = self._raw[k:]
        if self._whole(buffer):
            data = buffer.read()
            final = True
        else:
            read = getattr(buffer, 'read1', None) or buffer.read
            data = read(self._CHUNK)
            final = not data
        if self._decoder is None:
            if final and not self._raw:
                decoded = data.decode(self._codec, self._errors)
            else:
                import codecs
                self._decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
                decoded = self._decoder.decode(data, final)
        else:
            decoded = self._decoder.decode(data, final)
        if final:
            self._eof = True
        if self._ascii and len(decoded) != len(data):
            self._ascii = False
        if self._universal:
            self._note_newlines(decoded)
        raw = self._raw + decoded if self._raw else decoded
        self._raw = raw
        if self._translate and '\r' in raw:
            if raw.endswith('\r') and not self._eof:
                # a \r at the end may be the start of \r\n: it waits for more text
                text = raw[:-1].replace('\r\n', '\n').replace('\r', '\n')
            else:
                text = raw.replace('\r\n', '\n').replace('\r', '\n')
        else:
            text = raw
        self._text = text
        self._tpos = 0
        return bool(data) or bool(decoded)

    def _raw_index(self, tpos):
        """The index in _raw of position `tpos` of _text."""
        raw = self._raw
        if not self._translate or '\r\n' not in raw:
            return tpos
        extra = 0
        j = 0
        while True:
            p = raw.find('\r\n', j)
            if p < 0 or p - extra >= tpos:
                return tpos + extra
            extra += 1
            j = p + 2

    def _byte_len(self, s):
        if self._ascii and self._codec not in ('utf-16', 'utf-32') and '-' not in self._codec[3:]:
            return len(s)
        if self._codec in ('utf-16', 'utf-32'):
            n = len(s.encode(self._codec + '-le', self._errors))
            if self._snap == 0 and self._raw is not None:
                n += 2 if self._codec == 'utf-16' else 4
            return n
        return len(s.encode(self._codec, self._errors))

    def read(self, size=-1):
        buffer = self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            if self._snap is None and self._whole(buffer):
                self._fill()
                out = self._text
                self._tpos = len(out)
                return out
            while self._fill():
                pass
            out = self._text[self._tpos:]
            self._tpos = len(self._text)
            return out
        while len(self._text) - self._tpos < size and self._fill():
            pass
        start = self._tpos
        end = min(start + size, len(self._text))
        self._tpos = end
        return self._text[start:end]

    def _line_end(self, text, start, size):
        """Where the line starting at `start` ends in `text`, or -1 when more text is
        needed to know."""
        nl = self._newline
        if self._translate or nl == '\n':
            i = text.find('\n', start)
            return -1 if i < 0 else i + 1
        if nl == '':
            cr = text.find('\r', start)
            lf = text.find('\n', start, cr if cr >= 0 else len(text))
            if lf >= 0:
                return lf + 1
            if cr < 0:
                return -1
            if cr + 1 == len(text) and not self._eof:
                return -1
            return cr + 2 if text.startswith('\n', cr + 1) else cr + 1
        i = text.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if self._snap is None:
            self._fill()
        while True:
            text = self._text
            start = self._tpos
            end = self._line_end(text, start, size)
            if end >= 0 or self._eof:
                break
            if 0 <= size <= len(text) - start:
                break
            if not self._fill():
                break
        text = self._text
        start = self._tpos
        if end < 0:
            end = self._line_end(text, start, size)
            if end < 0:
                end = len(text)
        if size >= 0:
            end = min(end, start + size)
        self._tpos = end
        return text[start:end]

    def __next__(self):
        raw = self._rawfile
        if raw is not None and self._eof and self._lf and not raw._closed:
            text = self._text
            start = self._tpos
            i = text.find('\n', start)
            if i >= 0:
                self._tpos = i + 1
                return text[start:i + 1]
            if start < len(text):
                self._tpos = len(text)
                return text[start:]
            raise StopIteration
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._open()
        return self

    # -- positions --
    def tell(self):
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        self.flush()
        if self._snap is None or not self._tpos:
            return buffer.tell() if self._snap is None else self._snap
        consumed = self._raw[:self._raw_index(self._tpos)]
        if self._snap == 0 and self._universal:
            # CPython's tell() decodes the consumed text again from a reset decoder,
            # which leaves `newlines` with what that text holds
            self._seen = 0
            self._note_newlines(consumed)
        return self._snap + self._byte_len(consumed)

    def seek(self, cookie, whence=0):
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if not isinstance(cookie, int):
            raise TypeError('an integer is required')
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._reset_read()
        buffer.seek(cookie)
        if cookie:
            self._bom = False
        return cookie

    def truncate(self, pos=None):
        buffer = self._open()
        self.flush()
        if pos is None:
            pos = self.tell()
        return buffer.truncate(pos)


TextIOWrapper.__module__ = '_io'
_BUFFERED_TYPES = {BufferedReader, BufferedWriter, BufferedRandom}
_WHOLE_TYPES = {BufferedReader, BufferedWriter, BufferedRandom, FileIO}


def text_encoding(encoding, stacklevel=2):
    """The encoding argument to use: `encoding`, or "locale" when it is None."""
    if encoding is not None:
        return encoding
    import sys
    return 'utf-8' if sys.flags.utf8_mode else 'locale'


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)) or isinstance(file, bool):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % _arg_type_name(mode))
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    _check_open_arg(encoding, 'encoding')
    _check_open_arg(errors, 'errors')
    _check_open_arg(newline, 'newline')
    modes = set(mode)
    if not modes <= set('rwxabt+') or len(mode) != len(modes):
        raise ValueError('invalid mode: %r' % (mode,))
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and '
                         'at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % newline)
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    rawmode = ('x' if creating else 'r' if reading else 'w' if writing else 'a') \
        + ('+' if updating else '')
    raw = FileIO(file, rawmode, closefd, opener=opener)
    try:
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        size = DEFAULT_BUFFER_SIZE if buffering < 0 or buffering == 1 else buffering
        if updating:
            buffer = BufferedRandom(raw, size)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, size)
        else:
            buffer = BufferedReader(raw, size)
        if binary:
            return buffer
        wrapper = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
        wrapper.mode = mode
        return wrapper
    except BaseException:
        raw.close()
        raise


# CPython's `_io.open` is a C function made for the `io` module: its `__module__` is 'io'.
open.__module__ = 'io'


def _check_open_arg(value, what):
    if value is not None and not isinstance(value, str):
        raise TypeError("open() argument '%s' must be str or None, not %s"
                        % (what, type(value).__name__))


# -- the standard streams (sys.stdin, sys.stdout, sys.stderr) --

class _StdStream:
    """What the standard streams and their binary buffers share: a descriptor written
    through the interpreter, never closed, never a terminal as far as scripts see."""

    def flush(self):
        _sys._flush(self._fd)

    def close(self):
        pass

    def fileno(self):
        return self._fd

    def isatty(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return True


@_members_of(_StdStream)
class _StdBinary(BufferedWriter):
    """`sys.stdout.buffer`: bytes written straight to the descriptor."""

    def __init__(self, name, fd, writer):
        self._name = name
        self._fd = fd
        self._writer = writer

    name = property(lambda self: self._name)
    mode = property(lambda self: 'wb')
    closed = property(lambda self: False)
    raw = property(lambda self: None)

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._writer(self._fd, _bytes_of(b))


    def __repr__(self):
        return '<_io.BufferedWriter name=%r>' % (self._name,)


@_members_of(_StdStream)
class _StdText(TextIOWrapper):
    """sys.stdout and sys.stderr: text written through the interpreter's own streams."""

    def __init__(self, name, fd):
        self._name = name
        self._fd = fd
        self._buffer = _StdBinary(name, fd, _sys._write)
        self._encoding = 'utf-8'
        self._codec = 'utf-8'
        self._errors = 'strict' if fd == 1 else 'backslashreplace'
        self._set_newline(None)
        self._writenl = None
        self._line_buffering = fd == 2
        self._write_through = False
        self._pending = []
        self._pending_count = 0
        self._reading = False
        self._writing = True
        self._seekable = False
        self._reset_read()
        self._bom = False

    name = property(lambda self: self._name)
    mode = property(lambda self: 'w')
    closed = property(lambda self: False)

    def write(self, s):
        if type(s) is not str:
            if not isinstance(s, str):
                raise TypeError('write() argument must be str, not ' + _arg_type_name(s))
        return _sys._write(self._fd, s)


    def seekable(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode='w' encoding='utf-8'>" % (self._name,)


class _StdIn(_StdText):
    """sys.stdin: lines read from the process's standard input (shared with input())."""

    def __init__(self):
        _StdText.__init__(self, '<stdin>', 0)
        self._errors = 'strict'
        self._line_buffering = False
        self._reading = True
        self._writing = False

    mode = property(lambda self: 'r')

    def write(self, s):
        raise UnsupportedOperation('not writable')

    def read(self, size=-1):
        return _sys._read(False, -1 if size is None else size)

    def readline(self, size=-1):
        return _sys._read(True, -1 if size is None else size)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def readable(self):
        return True

    def writable(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


for _cls, _name in ((_StdBinary, 'BufferedWriter'), (_StdText, 'TextIOWrapper'),
                    (_StdIn, 'TextIOWrapper')):
    _cls.__module__ = '_io'
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name

import sys as _sys

_sys.stdin = _sys.__stdin__ = _StdIn()
_sys.stdout = _sys.__stdout__ = _StdText('<stdout>', 1)
_sys.stderr = _sys.__stderr__ = _StdText('<stderr>', 2)
