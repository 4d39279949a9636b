"""Temporary files and folders, as CPython 3.11's tempfile, for POSIX.

Names are the prefix, eight random characters and the suffix; files are created with
O_EXCL (mode 0o600) and folders with mode 0o700, retrying on a name taken. The folder
used when none is given is found once (TMPDIR, TEMP, TMP, then /tmp, /var/tmp, /usr/tmp
and the current folder: the first where a file can be written) and kept in `tempdir`.

refpy's file objects cannot be made from a descriptor, so the file objects here keep
their contents in memory (a BytesIO or StringIO) and write them whole to their file on
flush() and close(): reading back what was written works in every mode. TemporaryFile
therefore keeps its file under a name until it is closed, and its `name` is that path
(CPython unlinks it at once and `name` is the descriptor).
"""

import io as _io
import os as _os
import random as _random
import shutil as _shutil
import types as _types
import warnings as _warnings
import weakref as _weakref
import functools as _functools

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb",
]

# Every file is made exclusively (no race with another creator), read-write, and
# never through a symbolic link. POSIX has no text/binary distinction.
_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW

# How many names are tried before giving up (CPython's os.TMP_MAX on Linux).
TMP_MAX = 238328

template = "tmp"

# The default folder, found by the first gettempdir() unless set by the program.
tempdir = None


def _path_type(*parts):
    """str or bytes: the one type of the given path parts (None entries skipped),
    or the type of `tempdir` when none is given."""
    kinds = set()
    for part in parts:
        if part is not None:
            if isinstance(_os.fspath(part) if isinstance(part, _os.PathLike) else part, bytes):
                kinds.add(bytes)
            else:
                kinds.add(str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        return kinds.pop()
    return bytes if isinstance(tempdir, bytes) else str


def _with_defaults(prefix, suffix, dir):
    """(prefix, suffix, dir, type) with the missing ones filled in the common type."""
    kind = _path_type(prefix, suffix, dir)
    as_bytes = kind is bytes
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = _os.fsencode(template) if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, kind


_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _Names:
    """Random names of eight letters, digits and underscores, forever. A forked
    child must not repeat its parent's names, so the generator is made anew when
    the process id changes."""

    def __init__(self):
        self._pid = None
        self._gen = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pid != _os.getpid():
            self._pid, self._gen = _os.getpid(), _random.Random()
        return ''.join(self._gen.choices(_NAME_LETTERS, k=8))


_shared_names = None


def _names():
    global _shared_names
    if _shared_names is None:
        _shared_names = _Names()
    return _shared_names


def _places_to_try():
    """The folders gettempdir() considers, most preferred first."""
    from_env = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    places = [place for place in from_env if place]
    places += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        places.append(_os.getcwd())
    except OSError:
        places.append(_os.curdir)
    return places


def _writable(folder, names):
    """True when a file can be made and written in `folder`; None to retry with
    another name (the name was taken)."""
    probe = _os.path.join(folder, next(names))
    try:
        fd = _os.open(probe, _CREATE_FLAGS, 0o600)
    except FileExistsError:
        return None
    except OSError:
        return False
    try:
        try:
            _os.write(fd, b'blat')
        finally:
            _os.close(fd)
            _os.unlink(probe)
    except OSError:
        return False
    return True


def _find_usable_folder():
    names = _Names()
    places = _places_to_try()
    for place in places:
        folder = place if place == _os.curdir else _os.path.abspath(place)
        for _ in range(100):
            verdict = _writable(folder, names)
            if verdict is not None:
                break
        if verdict:
            return folder
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % places)


def _candidates(dir, pre, suf, kind):
    """Up to TMP_MAX fresh paths in `dir`."""
    names = _names()
    for _ in range(TMP_MAX):
        middle = next(names)
        if kind is bytes:
            middle = _os.fsencode(middle)
        yield _os.path.join(dir, pre + middle + suf)


def _create_file(dir, pre, suf, kind):
    """A new file (mode 0o600): (descriptor, absolute path)."""
    for path in _candidates(_os.path.abspath(dir), pre, suf, kind):
        try:
            return _os.open(path, _CREATE_FLAGS, 0o600), path
        except FileExistsError:
            pass
    raise FileExistsError(17, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _default_folder():
    global tempdir
    if tempdir is None:
        tempdir = _find_usable_folder()
    return tempdir


def gettempdir():
    """The default folder for temporary files, as str."""
    return _os.fsdecode(_default_folder())


def gettempdirb():
    """The default folder for temporary files, as bytes."""
    return _os.fsencode(_default_folder())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only this user can read and write: (descriptor, absolute path).
    The caller closes the descriptor and removes the file."""
    pre, suf, folder, kind = _with_defaults(prefix, suffix, dir)
    return _create_file(folder, pre, suf, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a folder only this user can use, and return its path (relative when
    `dir` is). The caller removes it."""
    pre, suf, folder, kind = _with_defaults(prefix, suffix, dir)
    for path in _candidates(folder, pre, suf, kind):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name not in use when asked (deprecated: another may take it before the
    caller does)."""
    folder = gettempdir() if dir is None else dir
    names = _names()
    for _ in range(TMP_MAX):
        path = _os.path.join(folder, prefix + next(names) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


# ---------------------------------------------------------------------------
# File objects
# ---------------------------------------------------------------------------

class _TempFileIO:
    """A file opened on `path` for the temporary-file classes: its contents live in
    a BytesIO or StringIO and are written whole to the path on flush() and close().
    `remove` unlinks the path on close (TemporaryFile)."""

    _closed = True  # until __init__ has succeeded: nothing for __del__ to do

    def __init__(self, path, mode, encoding=None, errors=None, newline=None,
                 remove=False):
        _check_mode(mode)
        self.name = path
        self._binary = 'b' in mode
        if self._binary:
            if encoding is not None:
                raise ValueError("binary mode doesn't take an encoding argument")
            self._buffer = _io.BytesIO()
            self.mode = _binary_mode(mode)
        else:
            self._buffer = _io.StringIO()
            self.mode = mode
            self.encoding = encoding or 'UTF-8'
            self.errors = errors or 'strict'
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._remove = remove
        self._dirty = False
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self, want, operation):
        if self._closed:
            raise ValueError(self._closed_message(operation))
        if not want:
            raise _io.UnsupportedOperation(
                operation if self._binary else 'not ' + operation + 'able')

    def _closed_message(self, operation):
        """The C streams' words for `operation` on a closed file."""
        if self._binary and operation in _BUFFERED_CLOSED:
            return _BUFFERED_CLOSED[operation]
        if operation in _CLOSED_WITHOUT_DOT or self._binary and operation == 'tell':
            return 'I/O operation on closed file'
        return 'I/O operation on closed file.'

    def read(self, size=-1):
        self._check(self._readable, 'read')
        return self._buffer.read(size)

    read1 = read

    def readline(self, size=-1):
        self._check(True, 'readline')
        self._check(self._readable, 'read')
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check(True, 'readlines')
        self._check(self._readable, 'read')
        return self._buffer.readlines(hint)

    def __iter__(self):
        self._check(True, '__iter__')
        self._check(self._readable, 'read')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(self._writable, 'write')
        if not self._binary:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s'
                                % type(data).__name__)
            self._dirty = True
            return self._buffer.write(data)
        if not isinstance(data, (bytes, bytearray)):
            try:
                data = bytes(memoryview(data))
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
        self._dirty = True
        return self._buffer.write(data)

    def writelines(self, lines):
        self._check(True, 'writelines')
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check(True, 'seek')
        return self._buffer.seek(pos, whence)

    def tell(self):
        self._check(True, 'tell')
        return self._buffer.tell()

    def truncate(self, size=None):
        self._check(True, 'truncate')
        self._check(self._writable, 'write')
        self._dirty = True
        here = self._buffer.tell()
        end = self._buffer.seek(0, 2)
        if size is not None and size > end:
            # Growing a real file fills it with zero bytes.
            self._buffer.write((b'\0' if self._binary else '\0') * (size - end))
        self._buffer.seek(here)
        return self._buffer.truncate(size)

    def flush(self):
        self._check(True, 'flush')
        if self._dirty:
            data = self._buffer.getvalue()
            if not self._binary:
                data = data.encode(self.encoding, self.errors)
            fd = _os.open(self.name, _os.O_WRONLY | _os.O_TRUNC)
            try:
                while data:
                    data = data[_os.write(fd, data):]
            finally:
                _os.close(fd)
            self._dirty = False

    def close(self):
        if self._closed:
            return
        try:
            if not self._remove:
                self.flush()
        finally:
            self._closed = True
            self._buffer.close()
            if self._remove:
                _os.unlink(self.name)

    def readable(self):
        self._check(True, 'readable')
        return self._readable

    def writable(self):
        self._check(True, 'writable')
        return self._writable

    def seekable(self):
        self._check(True, 'seekable')
        return True

    def isatty(self):
        self._check(True, 'isatty')
        return False

    def fileno(self):
        self._check(True, 'fileno')
        raise _io.UnsupportedOperation('fileno')

    def __enter__(self):
        self._check(True, '__enter__')
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self.close()

    def __repr__(self):
        if self._binary:
            return '<_io.BufferedRandom name=%r>' % (self.name,)
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (
            self.name, self.mode, self.encoding)


_BUFFERED_CLOSED = {
    'write': 'write to closed file', 'read': 'read of closed file',
    'seek': 'seek of closed file', 'readline': 'readline of closed file',
    'flush': 'flush of closed file', 'truncate': 'truncate of closed file',
}
_CLOSED_WITHOUT_DOT = {'readable', 'writable', 'seekable', 'isatty', 'fileno'}


def _binary_mode(mode):
    """The `mode` of the C file object for an open() mode: 'rb+' for 'w+b'."""
    plus = '+' if '+' in mode else ''
    for kind in 'xa':
        if kind in mode:
            return kind + 'b' + plus
    if plus:
        return 'rb+'
    return 'wb' if 'w' in mode else 'rb'


def _check_mode(mode):
    """open()'s checks of a mode string, with its messages."""
    if not isinstance(mode, str):
        'b' in mode  # CPython looks for 'b' first: a non-container fails here
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if len(set(mode)) != len(mode) or not set(mode) <= set('rwxabt+'):
        raise ValueError('invalid mode: %r' % (mode,))
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    kinds = sum(c in 'rwxa' for c in mode)
    if kinds > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if kinds == 0:
        raise ValueError('Must have exactly one of create/read/write/append mode '
                         'and at most one plus')


def _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors,
              remove):
    """A new file and its _TempFileIO; the file is removed again if opening fails."""
    pre, suf, folder, kind = _with_defaults(prefix, suffix, dir)
    fd, name = _create_file(folder, pre, suf, kind)
    _os.close(fd)
    try:
        return _TempFileIO(name, mode, encoding, errors, newline, remove)
    except BaseException:
        _os.unlink(name)
        raise


class _Remover:
    """Closes a named temporary file once, removing it when asked to; the wrapper
    and every method it handed out hold it, so the file goes when the last of them
    does (or at an explicit close)."""

    def __init__(self, file, name, delete):
        self.file, self.name, self.delete = file, name, delete
        self.done = False

    def close(self, unlink=_os.unlink):
        if self.done or self.file is None:
            return
        self.done = True
        try:
            self.file.close()
        finally:
            if self.delete:
                unlink(self.name)

    __del__ = close


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the file, with its `name` and `delete`, and
    the file's methods reachable on the wrapper."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._remover = _Remover(file, name, delete)

    def __getattr__(self, attr):
        found = getattr(self.__dict__['file'], attr)
        if callable(found):
            found = _keeping_alive(found, self._remover)
        if not isinstance(found, int):
            # Remember it, so the next lookup is an ordinary attribute.
            setattr(self, attr, found)
        return found

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self.close()
        return outcome

    def close(self):
        """Close the file, removing it when `delete`."""
        self._remover.close()

    def __iter__(self):
        # A generator: iterating keeps the wrapper (and so the file) alive.
        yield from self.file


def _keeping_alive(method, remover):
    """`method`, wrapped so that whoever keeps it keeps the file open."""
    @_functools.wraps(method)
    def call(*args, **kwargs):
        return method(*args, **kwargs)
    call._closer = remover
    return call


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A temporary file with a visible name (`.name`, an absolute path), removed on
    close when `delete`."""
    file = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors,
                     False)
    return _TemporaryFileWrapper(file, file.name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file, removed when closed (see the module's note on its name)."""
    return _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors,
                     True)


def _forward(method_name):
    """A SpooledTemporaryFile method that hands the call to the current file."""
    def method(self, *args):
        return getattr(self._file, method_name)(*args)
    method.__name__ = method_name
    method.__qualname__ = 'SpooledTemporaryFile.' + method_name
    return method


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past `max_size` (or fileno()
    is asked for), then moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        binary = 'b' in mode
        if not binary:
            encoding = encoding or 'UTF-8'
            errors = errors or 'strict'
        self._file = _io.BytesIO() if binary else _io.StringIO()
        self._max_size = max_size
        # What TemporaryFile() gets at the roll-over (dropped then).
        self._later = dict(mode=mode, buffering=buffering, encoding=encoding,
                           newline=newline, suffix=suffix, prefix=prefix, dir=dir,
                           errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _grown(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the contents to a file on disk."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._later)
        del self._later
        self._file = disk
        disk.write(memory.getvalue())
        disk.seek(memory.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def _setting(self, key):
        if self._rolled:
            return getattr(self._file, key)
        return self._later[key]

    @property
    def encoding(self):
        return self._setting('encoding')

    @property
    def errors(self):
        return self._setting('errors')

    @property
    def mode(self):
        if hasattr(self._file, 'mode'):
            return self._file.mode
        return self._later['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    flush = _forward('flush')
    isatty = _forward('isatty')
    read = _forward('read')
    read1 = _forward('read1')
    readline = _forward('readline')
    readlines = _forward('readlines')
    seek = _forward('seek')
    tell = _forward('tell')
    readable = _forward('readable')
    seekable = _forward('seekable')
    writable = _forward('writable')

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        if size is None:
            self._file.truncate()
        else:
            self._file.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._grown()
        return count

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._grown()
        return result


def _remove_tree(top, ignore_errors):
    """shutil.rmtree, but a folder left without write or search permission gets them
    back and is tried again; a missing entry is no error."""
    def on_error(func, path, exc_info):
        problem = exc_info[0]
        if issubclass(problem, FileNotFoundError):
            return
        if not issubclass(problem, PermissionError):
            if ignore_errors:
                return
            raise
        try:
            if path != top:
                _os.chmod(_os.path.dirname(path), 0o700)
            _os.chmod(path, 0o700)
            try:
                _os.unlink(path)
            except (IsADirectoryError, PermissionError):
                _remove_tree(path, ignore_errors)
        except FileNotFoundError:
            pass

    _shutil.rmtree(top, onerror=on_error)


def _implicit_cleanup(name, warn_message, ignore_errors=False):
    _remove_tree(name, ignore_errors)
    _warnings.warn(warn_message, ResourceWarning)


class TemporaryDirectory:
    """A temporary folder, removed with everything in it by cleanup(), at the end of
    a `with` block (whose target is the folder's name), or with a ResourceWarning
    when the object is collected."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        note = f"Implicitly cleaning up {self!r}"
        self._finalizer = _weakref.finalize(self, _implicit_cleanup, self.name,
                                            warn_message=note,
                                            ignore_errors=ignore_cleanup_errors)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the folder and its contents (again if it has come back)."""
        if self._finalizer.detach() is not None or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
