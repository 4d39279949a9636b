# refpy's `open()`: text and binary files over the native `_io` primitives.
# Reads take the whole file at open time; writes collect in memory and reach the file
# on flush() and close() (and when the file object dies).

class UnsupportedOperation(OSError):
    pass


class _LineReader:
    """readlines() and line iteration, for every stream with readline() and a
    _check_readable() (files here, StringIO and BytesIO in the io module)."""

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


class _File(_LineReader):
    """A file read whole at open and written at flush.

    Text files follow `newline` as TextIOWrapper does: None reads \r\n and \r as \n
    (universal newlines); '' splits lines at \r, \n and \r\n but keeps them as they
    are; '\n', '\r' and '\r\n' split at that string only. On writing, '\r' and '\r\n'
    replace each \n, the others write \n as it is (os.linesep is \n here)."""

    def __init__(self, name, path, mode, encoding, newline=None, closefd=True):
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.closed = False
        self._path = path
        self._closefd = closefd
        self._binary = 'b' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')
        # '+' modes keep the whole content here and write it back on flush; the others
        # append what was written since the last flush.
        # (A descriptor's content cannot be rewritten from the start without lseek:
        # its writes are appended at the descriptor's offset instead.)
        self._update = '+' in mode and not isinstance(path, int)
        self._dirty = False
        self._read_ahead = False
        self._pending = []
        self._newline = newline
        if 'r' in mode or 'a+' in mode:
            raw = self._read_raw()
            if self._binary:
                data = raw
            elif newline is None:
                # universal newlines: \r\n and a lone \r read as \n
                data = raw.decode(self.encoding).replace('\r\n', '\n').replace('\r', '\n')
            else:
                data = raw.decode(self.encoding)
        else:
            data = b'' if self._binary else ''
            if isinstance(path, int):
                pass
            elif 'w' in mode:
                _write(path, data, False)
            elif 'x' in mode:
                _create_new(path)
        self._data = data
        self._pos = len(data) if 'a' in mode else 0

    def _read_raw(self):
        if not isinstance(self._path, int):
            try:
                return _read(self._path)
            except FileNotFoundError:
                if 'a' in self.mode:
                    return b''
                raise
        import os
        chunks = []
        while True:
            chunk = os.read(self._path, 65536)
            if not chunk:
                return b''.join(chunks)
            chunks.append(chunk)

    def fileno(self):
        self._check_open()
        if isinstance(self._path, int):
            return self._path
        raise UnsupportedOperation('fileno')

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readinto(self, buffer):
        self._check(True)
        view = memoryview(buffer).cast('B')
        chunk = self.read(len(view))
        view[:len(chunk)] = chunk
        return len(chunk)

    def truncate(self, size=None):
        self._check(False)
        self.flush()
        if size is None:
            size = self._pos
        self._data = self._data[:size]
        self._dirty = True
        self.flush()
        return size

    def _check(self, want_read):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if want_read and not self._readable:
            raise UnsupportedOperation('not readable')
        if not want_read and not self._writable:
            raise UnsupportedOperation('not writable')

    def read(self, size=-1):
        self._check(True)
        self._read_ahead = not self._binary
        data = self._data
        if size is None or size < 0:
            chunk = data[self._pos:]
        else:
            chunk = data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def readline(self, size=-1):
        self._check(True)
        self._read_ahead = not self._binary
        data = self._data
        if self._binary or self._newline is None:
            nl = b'\n' if self._binary else '\n'
        else:
            nl = self._newline
        if nl == '':
            end = self._line_end(data)
        else:
            end = data.find(nl, self._pos)
            end = len(data) if end < 0 else end + len(nl)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = data[self._pos:end]
        self._pos = end
        return line

    def _line_end(self, data):
        """Where the line at the position ends when \r, \n and \r\n all end lines."""
        n = len(data)
        cr = data.find('\r', self._pos)
        lf = data.find('\n', self._pos)
        if cr < 0 and lf < 0:
            return n
        if cr < 0 or 0 <= lf < cr:
            return lf + 1
        return cr + 2 if data.startswith('\n', cr + 1) else cr + 1

    def _check_readable(self):
        self._check(True)

    def write(self, text):
        self._check(False)
        if self._binary:
            if not isinstance(text, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(text).__name__)
        elif not isinstance(text, str):
            raise TypeError('write() argument must be str, not %s' % type(text).__name__)
        n = len(text)
        if self._newline and self._newline != '\n':
            text = text.replace('\n', self._newline)
        if self._update:
            if 'a' in self.mode or self._read_ahead:
                # A text file's first read fills its buffer from the whole (small) file,
                # so a write after a read lands at the end, as TextIOWrapper's does.
                self._pos = len(self._data)
            data, pos = self._data, self._pos
            if self._binary:
                text = bytes(text)
            self._data = data[:pos] + text + data[pos + len(text):]
            self._pos = pos + len(text)
            self._dirty = True
        else:
            self._pending.append(text)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._dirty:
            self._dirty = False
            self._store(self._data, False)
        if self._pending:
            empty = b'' if self._binary else ''
            self._store(empty.join(self._pending), True)
            self._pending = []

    def _store(self, data, append):
        if not isinstance(self._path, int):
            _write(self._path, data, append)
            return
        import os
        if not self._binary:
            data = data.encode('utf-8')
        while data:
            data = data[os.write(self._path, data):]

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True
            if isinstance(self._path, int) and self._closefd:
                import os
                os.close(self._path)

    def readable(self):
        return self._readable

    def writable(self):
        return self._writable

    def seekable(self):
        return True

    def tell(self):
        return self._pos

    def seek(self, pos, whence=0):
        self._read_ahead = False
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._data)
        self._pos = pos
        return pos

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        self.close()

    def __repr__(self):
        if self._binary:
            if '+' in self.mode:
                kind = '_io.BufferedRandom'
            else:
                kind = '_io.BufferedReader' if 'r' in self.mode else '_io.BufferedWriter'
            return "<%s name=%r>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    name = file
    if not isinstance(file, (str, bytes, int)) or isinstance(file, bool):
        fspath = getattr(type(file), '__fspath__', None)
        if fspath is None:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
        name = fspath(file)
        if not isinstance(name, (str, bytes)):
            raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                            % (type(file).__name__, type(name).__name__))
        file = name
    if isinstance(file, bytes):
        file = file.decode('utf-8')
    if not isinstance(mode, str) or not mode or any(c not in 'rwxabt+' for c in mode) \
            or sum(c in 'rwxa' for c in mode) != 1:
        raise ValueError('invalid mode: %r' % (mode,))
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if newline is not None:
        if not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if 'b' in mode:
            raise ValueError("binary mode doesn't take a newline argument")
    if encoding is None and 'b' not in mode:
        encoding = 'UTF-8'
    if not closefd and not isinstance(file, int):
        raise ValueError('Cannot use closefd=False with file name')
    return _File(name, file, mode, encoding, newline, closefd)
