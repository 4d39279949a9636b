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
           "make_archive", "get_archive_formats", "register_archive_format",
           "unregister_archive_format", "get_unpack_formats",
           "register_unpack_format", "unregister_unpack_format", "unpack_archive",
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


# --- archives ------------------------------------------------------------------------
# Formats are (function, extra arguments, description) for making and (extensions,
# function, extra arguments, description) for unpacking; bz2/xz formats exist only when
# their compression modules do (refpy has neither).

def _have(module):
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    import tarfile
    suffix = {None: '', 'gzip': '.gz', 'bzip2': '.bz2', 'xz': '.xz'}
    mode = {None: '', 'gzip': 'gz', 'bzip2': 'bz2', 'xz': 'xz'}
    if compress not in suffix:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    target = base_name + '.tar' + suffix[compress]
    folder = os.path.dirname(target)
    if folder and not os.path.exists(folder) and not dry_run:
        os.makedirs(folder)

    def owned(info):
        if owner is not None:
            info.uname = owner
        if group is not None:
            info.gname = group
        return info

    if not dry_run:
        with tarfile.open(target, 'w|' + mode[compress]) as tar:
            source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
            tar.add(source, base_dir, filter=owned)
    return os.path.abspath(target) if root_dir is not None else target


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None,
                  owner=None, group=None, root_dir=None):
    import zipfile
    target = base_name + '.zip'
    folder = os.path.dirname(base_name)
    if folder and not os.path.exists(folder) and not dry_run:
        os.makedirs(folder)
    if dry_run:
        return target
    here = root_dir if root_dir is not None else os.curdir

    def on_disk(name):
        return os.path.join(here, name) if root_dir is not None else name

    with zipfile.ZipFile(target, 'w', compression=zipfile.ZIP_DEFLATED) as archive:
        top = os.path.normpath(base_dir)
        if top != os.curdir:
            archive.write(on_disk(base_dir), top)
        for folder_path, subdirs, files in os.walk(on_disk(base_dir)):
            rel = folder_path if root_dir is None else os.path.relpath(folder_path, root_dir)
            for name in sorted(subdirs):
                arc = os.path.normpath(os.path.join(rel, name))
                archive.write(os.path.join(folder_path, name), arc)
            for name in files:
                full = os.path.join(folder_path, name)
                if os.path.isfile(full):
                    archive.write(full, os.path.normpath(os.path.join(rel, name)))
    return os.path.abspath(target) if root_dir is not None else target


_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}
if _have('bz2'):
    _ARCHIVE_FORMATS['bztar'] = (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file")
if _have('lzma'):
    _ARCHIVE_FORMATS['xztar'] = (_make_tarball, [('compress', 'xz')], "xz'ed tar-file")
_NATIVE_ROOT_DIR = {_make_tarball, _make_zipfile}


def get_archive_formats():
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def _check_extra(extra_args):
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in extra_args:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    _check_extra(extra_args)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Make an archive file (zip or tar) of base_dir, as seen from root_dir;
    return its name."""
    try:
        maker, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    options = dict(extra)
    options.update(dry_run=dry_run, owner=owner, group=group, logger=logger)
    if base_dir is None:
        base_dir = os.curdir
    base_name = os.fspath(base_name)
    if root_dir is not None and maker in _NATIVE_ROOT_DIR:
        options['root_dir'] = root_dir
        return maker(base_name, base_dir, **options)
    previous = None
    if root_dir is not None:
        previous = os.getcwd()
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    try:
        return maker(base_name, base_dir, **options)
    finally:
        if previous is not None:
            os.chdir(previous)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name.split('/'):
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            folder = os.path.dirname(target)
            if folder and not os.path.isdir(folder):
                os.makedirs(folder)
            if not name.endswith('/'):
                with archive.open(name) as src, open(target, 'wb') as dst:
                    copyfileobj(src, dst)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
}
if _have('bz2'):
    _UNPACK_FORMATS['bztar'] = (['.tar.bz2', '.tbz2'], _unpack_tarfile, [], "bzip2'ed tar-file")
if _have('lzma'):
    _UNPACK_FORMATS['xztar'] = (['.tar.xz', '.txz'], _unpack_tarfile, [], "xz'ed tar-file")


def get_unpack_formats():
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    taken = {ext: known for known, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for ext in extensions:
        if ext in taken:
            raise RegistryError('%s is already registered for "%s"' % (ext, taken[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _check_extra(extra_args)
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_of(filename):
    for name, entry in _UNPACK_FORMATS.items():
        if any(filename.endswith(ext) for ext in entry[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive (its format given or guessed from the file name)."""
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    extra = {} if filter is None else {'filter': filter}
    if format is None:
        format = _format_of(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    try:
        entry = _UNPACK_FORMATS[format]
    except KeyError:
        raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    kwargs = dict(entry[2])
    if entry[1] is _unpack_tarfile:
        kwargs.update(extra)
    entry[1](filename, extract_dir, **kwargs)
