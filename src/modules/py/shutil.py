"""File and folder operations above the level of ``os``.

refpy's own implementation for POSIX systems, written from the shutil
documentation: copying file data, permission bits and times; copying,
deleting and moving whole trees; ``which``, ``disk_usage`` and
``get_terminal_size``.  There are no archive functions and no ``chown``
(refpy's ``os`` has no owners to change).

refpy's ``os`` has no ``dir_fd`` support, so ``rmtree`` walks by path
names; to look like CPython's descriptor-based walk it reports failures with
the same functions (os.lstat, os.open, os.scandir, os.rmdir, os.unlink,
os.path.islink) and gives errors inside the tree the entry's own name.
"""

import fnmatch
import os
import stat
import sys
from collections import namedtuple

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "disk_usage", "get_terminal_size", "ignore_patterns",
           "SameFileError", "which"]

# Size of the chunks copyfileobj moves by default (CPython's value on Linux).
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination of a copy are one and the same file."""


class SpecialFileError(OSError):
    """The operation does not work on this kind of file (a FIFO, say)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format could not be registered or unregistered."""


# ---- single files ----------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything ``fsrc.read`` gives into ``fdst``, ``length`` at a time."""
    size = length or COPY_BUFSIZE
    pull, push = fsrc.read, fdst.write
    chunk = pull(size)
    while chunk:
        push(chunk)
        chunk = pull(size)


def _is_same_file(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_fifo(name):
    try:
        mode = os.stat(name).st_mode
    except OSError:
        return      # a missing file is reported by open() later
    if stat.S_ISFIFO(mode):
        raise SpecialFileError("`%s` is a named pipe" % (name,))


def copyfile(src, dst, *, follow_symlinks=True):
    """Write the contents of file ``src`` to ``dst`` and return ``dst``.

    With ``follow_symlinks`` false a symbolic link is copied as a new link."""
    if _is_same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as exc:
            # "dst/" naming a folder that is not there
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from exc
        with writer:
            copyfileobj(reader, writer)
    return dst


def _both_links(src, dst):
    return os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give ``dst`` the permission bits of ``src``.

    Linux cannot change a symbolic link's own mode, so when both are links
    and ``follow_symlinks`` is false nothing happens."""
    if not follow_symlinks and _both_links(src, dst):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and access/modification times of ``src``.

    When ``follow_symlinks`` is false and both are links, the links' own
    times are used and set."""
    on_links = not follow_symlinks and _both_links(src, dst)
    info = os.lstat(src) if on_links else os.stat(src)
    times = (info.st_atime_ns, info.st_mtime_ns)
    if on_links:
        os.utime(dst, ns=times, follow_symlinks=False)
        return      # a link's mode cannot be set on Linux
    os.utime(dst, ns=times)
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _into_folder(src, dst):
    """``dst`` itself, or the path of ``src``'s name inside folder ``dst``."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits; ``dst`` may be a folder.  Returns the new path."""
    target = _into_folder(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like ``copy``, keeping the times as well."""
    target = _into_folder(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---- trees -----------------------------------------------------------------

def ignore_patterns(*patterns):
    """An ``ignore`` callable for copytree skipping names that match a pattern."""
    def _ignore_patterns(path, names):
        return {name for name in names
                if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the folder ``src`` and everything below it to ``dst``.

    Failures of single entries are collected and raised together as one
    ``Error`` whose argument lists (source, destination, message) triples."""
    with os.scandir(src) as listing:
        entries = list(listing)
    names = [entry.name for entry in entries]
    skipped = ignore(os.fspath(src), names) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks,
               dirs_exist_ok)
    failures = []
    for entry in entries:
        if entry.name in skipped:
            continue
        here = os.path.join(src, entry.name)
        there = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, here, there, options)
        except Error as nested:
            failures += nested.args[0]
        except OSError as why:
            failures.append((here, there, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        failures.append((src, dst, str(why)))
    if failures:
        raise Error(failures)
    return dst


def _copy_entry(entry, here, there, options):
    keep_links, _, copier, skip_dangling, _ = options
    if entry.is_symlink():
        target = os.readlink(here)
        if keep_links:
            os.symlink(target, there)
            copystat(here, there, follow_symlinks=False)
            return
        # As CPython: the target is tested as written, relative to the
        # current folder rather than to the link's folder.
        if skip_dangling and not os.path.exists(target):
            return
        if os.path.isdir(here):
            copytree(here, there, *options)
        else:
            copier(here, there)
    elif entry.is_dir():
        copytree(here, there, *options)
    else:
        copier(here, there)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the folder ``path`` with all its contents.

    Each failure is passed to ``onerror(function, path, exc_info)`` when given,
    dropped when ``ignore_errors`` is true, and raised otherwise.  A symbolic
    link to a folder is refused (its target is left alone)."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        report = _drop_error
    elif onerror is None:
        report = _raise_error
    else:
        report = onerror
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        top = os.lstat(path)
    except Exception:
        report(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(top.st_mode):
        _refuse_link(path, report)
        return
    _empty_folder(path, report)
    _remove(os.rmdir, path, None, report)


def _drop_error(function, path, exc_info):
    pass


def _raise_error(function, path, exc_info):
    raise exc_info[1]


def _refuse_link(path, report):
    # CPython opens the path first: a dangling link fails right there.
    try:
        os.stat(path)
    except Exception:
        report(os.open, path, sys.exc_info())
        return
    try:
        raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        report(os.path.islink, path, sys.exc_info())


def _empty_folder(folder, report):
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        report(os.scandir, folder, sys.exc_info())
        return
    for entry in entries:
        full = os.path.join(folder, entry.name)
        try:
            subfolder = entry.is_dir(follow_symlinks=False)
        except OSError:
            subfolder = False
        if subfolder:
            _empty_folder(full, report)
            _remove(os.rmdir, full, entry.name, report)
        else:
            _remove(os.unlink, full, entry.name, report)


def _remove(function, full, short, report):
    try:
        function(full)
    except OSError as exc:
        if short is not None:
            # CPython works relative to the parent folder's descriptor, so
            # its errors name the entry only.
            exc.filename = short
        report(function, full, sys.exc_info())


rmtree.avoids_symlink_attacks = True


def _inside(folder, candidate):
    """Whether ``candidate`` is ``folder`` or lies below it."""
    folder = os.path.join(os.path.abspath(folder), '')
    candidate = os.path.join(os.path.abspath(candidate), '')
    return candidate.startswith(folder)


def move(src, dst, copy_function=copy2):
    """Move a file or folder to ``dst`` (or into it, if it is a folder).

    A rename when possible; otherwise a copy (links stay links) followed by
    deleting the source.  Returns the new path."""
    target = dst
    if os.path.isdir(dst):
        if _is_same_file(src, dst):
            # only a change of case on case-insensitive systems
            os.rename(src, dst)
            return None
        source = os.fspath(src)
        sep = os.sep if isinstance(source, str) else os.fsencode(os.sep)
        name = os.path.basename(source.rstrip(sep))
        target = os.path.join(dst, name)
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        # another file system (or a folder into itself): copy, then delete
        _move_by_copy(src, dst, target, copy_function)
    return target


def _move_by_copy(src, dst, target, copy_function):
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)


# ---- system information ----------------------------------------------------

_usage = namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free bytes of the file system that holds ``path``."""
    fs = os.statvfs(path)
    block = fs.f_frsize
    return _usage(fs.f_blocks * block, (fs.f_blocks - fs.f_bfree) * block,
                  fs.f_bavail * block)


def _positive_env(name):
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return value if value > 0 else 0


def get_terminal_size(fallback=(80, 24)):
    """Columns and lines, as ``os.terminal_size``.

    ``COLUMNS`` and ``LINES`` win when they hold positive numbers; otherwise
    the terminal on ``sys.__stdout__`` is asked, and ``fallback`` stands in
    when there is none (or it reports 0)."""
    columns = _positive_env('COLUMNS')
    lines = _positive_env('LINES')
    if not (columns and lines):
        try:
            real = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            real = os.terminal_size(fallback)
        columns = columns or real.columns or fallback[0]
        lines = lines or real.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def _search_path(path, as_bytes):
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            confstr = getattr(os, 'confstr', None)
            try:
                path = confstr('CS_PATH') if confstr else os.defpath
            except ValueError:
                path = os.defpath
    if not path:
        return []
    if as_bytes:
        return os.fsencode(path).split(os.fsencode(os.pathsep))
    return os.fsdecode(path).split(os.pathsep)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program ``cmd`` as the shell would find it, or None.

    A name with a folder part is checked where it is; otherwise each folder
    of ``path`` (default: $PATH) is tried in order."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    tried = set()
    for folder in _search_path(path, isinstance(cmd, bytes)):
        if folder in tried:
            continue
        tried.add(folder)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
