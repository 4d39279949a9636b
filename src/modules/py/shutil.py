"""High-level file operations, as CPython 3.11's shutil for POSIX: copying files with
their mode and times, copying, removing and moving trees, `which`, `disk_usage` and
`get_terminal_size`.

rmtree reports failures to `onerror` with the functions CPython's descriptor-based
rmtree names (os.lstat, os.open, os.scandir, os.rmdir, os.unlink, os.path.islink),
though it walks by path: refpy's os has no `dir_fd`.
"""

import collections
import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "disk_usage", "get_terminal_size", "ignore_patterns",
           "SameFileError", "which"]

COPY_BUFSIZE = 64 * 1024

# st_mode bits (the `stat` module's).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFLNK = 0o120000
_S_IFIFO = 0o010000
_S_IMODE = 0o7777


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the file-like object `fsrc` to `fdst`, `length` bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            st = src.stat()
            other = os.stat(dst)
        except OSError:
            return False
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def _str_path(fn):
    # refpy's open() takes str paths only.
    return os.fsdecode(os.fspath(fn))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of file `src` to `dst`; returns `dst`. With
    follow_symlinks false, a symbolic link is copied as a new link."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            continue  # most likely missing
        if st.st_mode & _S_IFMT == _S_IFIFO:
            fn = fn.path if isinstance(fn, os.DirEntry) else fn
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(_str_path(src), 'rb') as fsrc:
        try:
            with open(_str_path(dst), 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # Opening 'missing/' fails as a folder: say what is wrong.
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of `src` to `dst` (nothing for two links when not
    following them: Linux cannot change a link's mode)."""
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, _stat(src).st_mode & _S_IMODE)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of `src` to
    `dst`."""
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = os.stat(src, follow_symlinks=follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    try:
        os.chmod(dst, st.st_mode & _S_IMODE, follow_symlinks=follow)
    except NotImplementedError:
        pass  # the mode of a link itself


def copy(src, dst, *, follow_symlinks=True):
    """Copy the contents and the mode bits; `dst` may be a folder. Returns the new
    file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy() that also copies the times (copystat)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` function for copytree that skips names matching any of the
    glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the folder `src` and everything in it to `dst` (created with its missing
    parents; it may exist when `dirs_exist_ok`). Failures are collected and raised
    together as Error([(src, dst, reason), ...]). Returns `dst`."""
    with os.scandir(src) as itr:
        entries = list(itr)
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), [x.name for x in entries])
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    # copy and copy2 take the DirEntry, which saves them a stat().
    use_srcentry = copy_function is copy2 or copy_function is copy

    def copy_dir(srcobj, dstname):
        copytree(srcobj, dstname, symlinks, ignore, copy_function,
                 ignore_dangling_symlinks, dirs_exist_ok)

    for srcentry in entries:
        if srcentry.name in ignored_names:
            continue
        srcname = os.path.join(src, srcentry.name)
        dstname = os.path.join(dst, srcentry.name)
        srcobj = srcentry if use_srcentry else srcname
        try:
            if srcentry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcobj, dstname, follow_symlinks=not symlinks)
                elif not os.path.exists(linkto) and ignore_dangling_symlinks:
                    continue
                elif srcentry.is_dir():
                    copy_dir(srcobj, dstname)
                else:
                    copy_function(srcobj, dstname)
            elif srcentry.is_dir():
                copy_dir(srcobj, dstname)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the folder `path` and everything in it. Each failure goes to
    onerror(function, path, exc_info), is ignored with `ignore_errors`, and is
    raised otherwise. A symbolic link is refused."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    if st.st_mode & _S_IFMT == _S_IFLNK:
        try:
            os.stat(path)   # where CPython's os.open() of the link fails
        except Exception:
            onerror(os.open, path, sys.exc_info())
            return
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_contents(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _rmtree_contents(path, onerror):
    """Remove what is in the folder `path`, not following links."""
    try:
        with os.scandir(path) as scandir_it:
            entries = list(scandir_it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_contents(fullname, onerror)
            _remove_entry(os.rmdir, fullname, entry.name, onerror)
        else:
            _remove_entry(os.unlink, fullname, entry.name, onerror)


def _remove_entry(remove, fullname, name, onerror):
    try:
        remove(fullname)
    except OSError as e:
        # CPython removes relative to the parent's descriptor: the error names the
        # entry alone.
        e.filename = name
        onerror(remove, fullname, sys.exc_info())


def _basename(path):
    # Without the trailing slashes, which would make basename() ''.
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or folder to `dst` (into it when it is a folder), renaming when
    possible and copying then removing otherwise. Returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # Maybe a case-insensitive file system: rename all the same.
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself"
                            " '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """(total, used, free) bytes of the file system holding `path`."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: COLUMNS and LINES when set, else
    the size of the terminal on sys.__stdout__, else `fallback`."""
    columns = _env_size('COLUMNS')
    lines = _env_size('LINES')
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the command `cmd` found in `path` (PATH by default), or None. A
    command with a folder part is checked as it is."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    # PATH='' finds nothing, while PATH=':' looks in the current folder.
    if not path:
        return None
    if isinstance(cmd, bytes):
        path = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None
