"""OS routines for refpy: the parts of CPython 3.11's `os` that scripts use.

The calls that need the operating system are native (src/modules/os.rs) and take
plain str paths; this module converts arguments as CPython does (`fspath`, the
`TypeError` texts naming the function) and builds the Python objects around them
(`environ`, `stat_result`, `walk`, `makedirs`). `os.path` is `posixpath`.
"""

import sys
import abc as _abc
import operator as _operator
import posixpath as path
from _io import _fspath as _io_fspath

sys.modules['os.path'] = path

__all__ = [
    'altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name',
    'path', 'devnull', 'extsep', 'environ', 'getenv', 'putenv', 'unsetenv',
    'getcwd', 'getcwdb', 'getpid', 'umask', 'listdir', 'stat', 'lstat', 'mkdir', 'makedirs',
    'rmdir', 'removedirs', 'remove', 'unlink', 'rename', 'replace', 'walk',
    'urandom', 'cpu_count', 'fspath', 'scandir', 'getppid', 'DirEntry', 'system', 'fsencode', 'fsdecode', 'chdir', 'PathLike',
    'stat_result', 'error', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
    'open', 'close', 'read', 'write', 'chmod', 'utime', 'symlink', 'link',
    'access', 'statvfs', 'statvfs_result', 'get_terminal_size', 'terminal_size', 'uname', 'uname_result',
    'mkfifo', 'sysconf', 'sysconf_names',
]

sysconf_names = _sysconf_names()
del _sysconf_names

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


_NO_PATH = object()


def fspath(path=_NO_PATH):
    """Return the file system path representation of the object."""
    if path is _NO_PATH:
        raise TypeError("fspath() missing required argument 'path' (pos 1)")
    return _io_fspath(path)


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            # the first class of the MRO naming __fspath__ decides; None opts out
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is not None:
                        return True
                    break
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def _path_arg(func, p, kinds='string, bytes or os.PathLike'):
    """The str a native call gets for path argument `p` of `func`, or CPython's
    TypeError: 'stat: path should be string, bytes, os.PathLike or integer, not X'."""
    if isinstance(p, str):
        result = p
    elif isinstance(p, bytes):
        result = p.decode('utf-8', 'surrogateescape')
    elif hasattr(type(p), '__fspath__'):
        return _path_arg(func, fspath(p), kinds)
    else:
        raise TypeError('%s: path should be %s, not %s'
                        % (func, kinds, type(p).__name__))
    if '\0' in result:
        raise ValueError('embedded null byte')
    return result


def _encoded_like(p, value):
    """A result path as bytes when the argument was bytes."""
    if isinstance(p, bytes):
        return value.encode('utf-8', 'surrogateescape')
    return value


def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')


def system(command):
    """Execute the command in a subshell."""
    command = fspath(command)
    if isinstance(command, bytes):
        command = command.decode('utf-8', 'surrogateescape')
    if '\0' in command:
        raise ValueError('embedded null byte')
    return _system(command)


def chdir(path):
    _chdir(_path_arg('chdir', path, 'string, bytes, os.PathLike or integer'))


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    given = path
    if path is None:
        path = '.'
    names = _listdir(_path_arg(
        'listdir', path, 'string, bytes, os.PathLike, integer or None'))
    if isinstance(given, bytes):
        return [_encoded_like(given, n) for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    _mkdir(_path_arg('mkdir', path), mode)


def mkfifo(path, mode=0o666, *, dir_fd=None):
    _mkfifo(_path_arg('mkfifo', path), mode)


def rmdir(path, *, dir_fd=None):
    _rmdir(_path_arg('rmdir', path))


def remove(path, *, dir_fd=None):
    _remove(_path_arg('remove', path))


def unlink(path, *, dir_fd=None):
    _remove(_path_arg('unlink', path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _rename(_path_arg('rename', src), _path_arg('rename', dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _rename(_path_arg('replace', src), _path_arg('replace', dst))


class DirEntry:
    """One entry of a folder listed by scandir(); stat() results are cached."""

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _kind(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & 0o170000 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._kind(0o120000, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, folder, names):
        self._folder = folder
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._folder, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    folder = '.' if path is None else path
    names = listdir(folder)
    return ScandirIterator(fspath(folder) if path is not None else '.', names)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def readlink(path, *, dir_fd=None):
    return _encoded_like(path, _readlink(_path_arg('readlink', path)))


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir: create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile by someone else
        here = curdir if isinstance(tail, str) else curdir.encode()
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and every empty parent named in the path."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def _stat_float_times(values):
    # statresult_new: a float time left None takes the int time of the visible item.
    for i in (7, 8, 9):
        if values[i + 3] is None:
            values[i + 3] = values[i]


# Items 7-9 are the int times, unnamed; the float times are named and hidden.
stat_result = sys._structseq_type('os.stat_result', (
    'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', None, None,
    None, 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
    'st_blksize', 'st_blocks', 'st_rdev'), 10,
    'stat_result: Result from stat, fstat, or lstat.', _stat_float_times)


def _make_stat(fields):
    (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns,
     blksize, blocks, rdev) = fields
    ints = (mode, ino, dev, nlink, uid, gid, size,
            atime_ns // 1000000000, mtime_ns // 1000000000, ctime_ns // 1000000000)
    # Made by C (PyStructSequence_New): an untracked GC object.
    return sys._untrack_gc(stat_result(ints + (atime_ns / 1e9, mtime_ns / 1e9, ctime_ns / 1e9,
                                               atime_ns, mtime_ns, ctime_ns, blksize, blocks,
                                               rdev)))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return _make_stat(_stat(
        _path_arg('stat', path, 'string, bytes, os.PathLike or integer'),
        follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat(), but do not follow symbolic links."""
    return _make_stat(_stat(_path_arg('lstat', path), False))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each folder."""
    top = fspath(top)
    return _walk(top, topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in names:
        full = path.join(top, entry)
        try:
            is_dir = path.isdir(full)
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry)
            if not topdown and (followlinks or not path.islink(full)):
                walk_dirs.append(full)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---------------------------------------------------------------------------
# The environment
# ---------------------------------------------------------------------------

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value


def _env_arg(value):
    """putenv's argument conversion (an fspath, as CPython's PyUnicode_FSConverter)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode('utf-8', 'surrogateescape')
    return _env_arg(fspath(value))


def putenv(name, value):
    """Change or add an environment variable (os.environ does not see it)."""
    _putenv(_env_arg(name), _env_arg(value))


def unsetenv(name):
    """Delete an environment variable (os.environ does not see it)."""
    _unsetenv(_env_arg(name))


from collections.abc import MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """os.environ: a str-to-str mapping that writes through to the process
    environment with putenv/unsetenv."""

    def __init__(self, pairs):
        self._data = dict(pairs)

    def __getitem__(self, key):
        value = self._data.get(_check_str(key))
        if value is None:
            raise KeyError(key) from None
        return value

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % item for item in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


# ---------------------------------------------------------------------------
# File descriptors and file attributes
# ---------------------------------------------------------------------------

for _name, _value in _o_flags():
    globals()[_name] = _value
del _name, _value, _o_flags


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file descriptor (non-inheritable, as in CPython)."""
    return _open(_path_arg('open', path), flags, mode)


def _bytes_like(data):
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def write(fd, data):
    """Write the bytes-like `data` to the descriptor; the count written."""
    return _write(fd, _bytes_like(data))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    if not _chmod(_path_arg('chmod', path, 'string, bytes, os.PathLike or integer'),
                  mode, follow_symlinks):
        raise NotImplementedError('chmod: follow_symlinks unavailable on this platform')


def _time_ns(t):
    """Nanoseconds of a utime() time: ints exactly, floats rounded down as CPython's
    _PyTime_ObjectToTimespec does."""
    if isinstance(t, float):
        seconds = t // 1
        return int(seconds) * 1000000000 + int((t - seconds) * 1e9 // 1)
    return _operator.index(t) * 1000000000


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified times (now, when neither times nor ns is given)."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        spec = (_time_ns(times[0]), _time_ns(times[1]))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        spec = (_operator.index(ns[0]), _operator.index(ns[1]))
    else:
        spec = None
    _utime(_path_arg('utime', path, 'string, bytes, os.PathLike or integer'),
           spec, follow_symlinks)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _symlink(_path_arg('symlink', src), _path_arg('symlink', dst))


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _link(_path_arg('link', src), _path_arg('link', dst))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the process may access the path in `mode` (F_OK, R_OK, W_OK, X_OK)."""
    return _access(_path_arg('access', path, 'string, bytes, os.PathLike or integer'),
                   mode)


def kill(pid, signal, /):
    """Send a signal to a process."""
    import signal as _signal
    _signal._os_kill(pid, signal)


terminal_size = sys._structseq_type('os.terminal_size', ('columns', 'lines'),
                                    doc='A tuple of (columns, lines) for holding terminal '
                                        'window size')
statvfs_result = sys._structseq_type('os.statvfs_result', (
    'f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
    'f_favail', 'f_flag', 'f_namemax', 'f_fsid'), 10,
    'statvfs_result: Result from statvfs or fstatvfs.')


def statvfs(path):
    """Perform a statvfs system call on the given path."""
    return sys._untrack_gc(statvfs_result(_statvfs(
        _path_arg('statvfs', path, 'string, bytes, os.PathLike or integer'))))


uname_result = sys._structseq_type('posix.uname_result', (
    'sysname', 'nodename', 'release', 'version', 'machine'),
    doc='uname_result: Result from os.uname().')


def _kernel_text(name):
    """A value of uname(2) as the kernel publishes it in /proc/sys/kernel."""
    import io
    try:
        with io.open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return ''


def uname():
    """Return an object identifying the current operating system."""
    return sys._untrack_gc(uname_result((
        _kernel_text('ostype') or 'Linux', _kernel_text('hostname'),
        _kernel_text('osrelease'), _kernel_text('version'), _kernel_text('arch'))))


def get_terminal_size(fd=1):
    """The size of the terminal on `fd` (OSError when it is not a terminal)."""
    return sys._untrack_gc(terminal_size(_terminal_size(fd)))


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def strerror(*args):
    """The C library's message for the error number `code`."""
    if len(args) != 1:
        raise TypeError('posix.strerror() takes exactly one argument (%d given)' % len(args))
    code = _operator.index(args[0])
    if not -2 ** 31 <= code < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    return _strerror(code)


def _proc_ids(label):
    # the real and effective ids from /proc/self/status ('Uid:\treal\teffective...')
    with __import__('builtins').open('/proc/self/status') as f:
        for line in f:
            if line.startswith(label):
                fields = line.split()
                return int(fields[1]), int(fields[2])
    return 0, 0


def getuid():
    """The process's real user id."""
    return _proc_ids('Uid:')[0]


def geteuid():
    """The process's effective user id."""
    return _proc_ids('Uid:')[1]


def getgid():
    """The process's real group id."""
    return _proc_ids('Gid:')[0]


def getegid():
    """The process's effective group id."""
    return _proc_ids('Gid:')[1]


def getloadavg():
    """The 1, 5 and 15 minute load averages (from /proc/loadavg)."""
    with __import__('builtins').open('/proc/loadavg') as f:
        parts = f.read().split()
    return float(parts[0]), float(parts[1]), float(parts[2])


# wait() status macros (glibc's <sys/wait.h> bit layout)
WCONTINUED, WEXITED, WNOHANG, WNOWAIT, WSTOPPED, WUNTRACED = 8, 4, 1, 16777216, 2, 2
P_ALL, P_PID, P_PGID, P_PIDFD = 0, 1, 2, 3


def _status(func, args, kwargs):
    if kwargs and list(kwargs) != ['status'] or len(args) + len(kwargs) != 1:
        if not args and 'status' not in kwargs:
            raise TypeError("%s() missing required argument 'status' (pos 1)" % func)
        raise TypeError('%s() takes exactly one argument (%d given)'
                        % (func, len(args) + len(kwargs)))
    value = _operator.index(args[0] if args else kwargs['status'])
    if not -2 ** 31 <= value < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    return value


def _wait_macro(name, compute):
    def macro(*args, **kwargs):
        return compute(_status(name, args, kwargs))
    macro.__name__ = macro.__qualname__ = name
    return macro


WIFEXITED = _wait_macro('WIFEXITED', lambda s: s & 0x7f == 0)
WEXITSTATUS = _wait_macro('WEXITSTATUS', lambda s: (s & 0xff00) >> 8)
WIFSIGNALED = _wait_macro('WIFSIGNALED', lambda s: 0 < s & 0x7f < 0x7f)
WTERMSIG = _wait_macro('WTERMSIG', lambda s: s & 0x7f)
WIFSTOPPED = _wait_macro('WIFSTOPPED', lambda s: s & 0xff == 0x7f)
WSTOPSIG = _wait_macro('WSTOPSIG', lambda s: (s & 0xff00) >> 8)
WCOREDUMP = _wait_macro('WCOREDUMP', lambda s: bool(s & 0x80))
WIFCONTINUED = _wait_macro('WIFCONTINUED', lambda s: s == 0xffff)


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: the exit status, or -signal when killed."""
    status = _status('waitstatus_to_exitcode', (status,), {})
    if status & 0x7f == 0:
        return (status & 0xff00) >> 8
    if 0 < status & 0x7f < 0x7f:
        return -(status & 0x7f)
    if status & 0xff == 0x7f:
        raise ValueError('process stopped by delivery of signal %d'
                         % ((status & 0xff00) >> 8))
    raise ValueError('invalid wait status: %d' % status)


# sysexits.h
EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST = 0, 64, 65, 66, 67, 68
EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT = 69, 70, 71, 72, 73
EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG = 74, 75, 76, 77, 78

del _environ

# CPython's C module `posix` provides these; here they are builtins of module 'posix'
# that run the Python functions above (kept in _python_impls).
_python_impls = {}
for _name, _builtin in _posix_builtins(_python_impls):
    _python_impls[_name] = globals()[_name]
    globals()[_name] = _builtin
DirEntry.__module__ = ScandirIterator.__module__ = 'posix'
del _name, _builtin, _posix_builtins
__import__('posix')  # as in CPython, where os is built on it
