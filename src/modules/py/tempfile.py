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
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
import functools as _functools

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",  # high level safe interfaces
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",                  # low level safe interfaces
    "mktemp",                              # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",            # constants
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW
_bin_openflags = _text_openflags

# How many names are tried before giving up (CPython's os.TMP_MAX on Linux).
TMP_MAX = 238328

template = "tmp"

# The default folder, found by the first gettempdir() unless set by the program.
tempdir = None


def _infer_return_type(*args):
    """str or bytes: the type of the path arguments given (which must agree), else
    the type of `tempdir`."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if return_type is not None and kind is not return_type:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        return_type = kind
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    """The defaults filled in, all of one type: (prefix, suffix, dir, type)."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of eight-character random names from
    [a-z0-9_], with a generator re-seeded in each process."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            self._rng = _random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """The folders gettempdir() tries, in order."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate folder where a file can be created and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break  # not writable, or not a folder: the next candidate
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


_name_sequence = None


def _get_candidate_names():
    """The process's one _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _new_names(dir, pre, suf, output_type):
    """Up to TMP_MAX candidate paths in `dir`."""
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, pre + name + suf)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a new file: (descriptor, absolute path)."""
    dir = _os.path.abspath(dir)
    for file in _new_names(dir, pre, suf, output_type):
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default folder for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default folder for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only this user can read and write: (descriptor, absolute path).
    The caller closes the descriptor and removes the file."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a folder only this user can use, and return its path (relative when
    `dir` is). The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _new_names(dir, prefix, suffix, output_type):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name not in use when asked (deprecated: another may take it before the
    caller does)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
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
        return self._buffer.truncate(size)

    def flush(self):
        self._check(True, 'flush')
        if self._dirty:
            data = self._buffer.getvalue()
            if not self._binary:
                data = data.encode()
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
    if (not isinstance(mode, str) or not mode or any(c not in 'rwxabt+' for c in mode)
            or sum(c in 'rwxa' for c in mode) != 1 or 'b' in mode and 't' in mode):
        raise ValueError('invalid mode: %r' % (mode,))


def _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors,
              remove):
    """A new file and its _TempFileIO; the file is removed again if opening fails."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    _os.close(fd)
    try:
        return _TempFileIO(name, mode, encoding, errors, newline, remove)
    except BaseException:
        _os.unlink(name)
        raise


class _TemporaryFileCloser:
    """Closes the file and, when `delete`, removes it; runs once, at close() or when
    the wrapper dies."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the file, with its `name` and `delete`, and
    the file's methods reachable on the wrapper."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        # Methods are wrapped so a bound method kept by the caller keeps the closer
        # (and so the file) alive; non-int attributes are cached on the wrapper.
        file = self.__dict__['file']
        a = getattr(file, name)
        if hasattr(a, '__call__'):
            func = a

            @_functools.wraps(func)
            def func_wrapper(*args, **kwargs):
                return func(*args, **kwargs)

            func_wrapper._closer = self._closer
            a = func_wrapper
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the file, removing it when `delete`."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


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


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past `max_size` (or fileno()
    is asked for), then moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO()
            encoding = encoding or 'UTF-8'
            errors = errors or 'strict'
        self._max_size = max_size
        self._TemporaryFileArgs = {
            'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
            'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors,
        }

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the contents to a file on disk."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        return self._TemporaryFileArgs['encoding']

    @property
    def errors(self):
        if self._rolled:
            return self._file.errors
        return self._TemporaryFileArgs['errors']

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()


class TemporaryDirectory:
    """A temporary folder, removed with everything in it by cleanup(), at the end of
    a `with` block (which gives its name), or when the object is collected.

        with TemporaryDirectory() as tmpdir:
            ...
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # A folder without write or search permission: grant them and retry.
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise

        _shutil.rmtree(name, onerror=onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the folder and its contents (again if it has come back)."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
