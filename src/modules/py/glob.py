"""Filename globbing: the paths matching a shell pattern, as CPython 3.11's glob.

A pattern is matched one path component at a time: components without wildcards are
checked for existence, the others are matched with fnmatch against the folder's listing
(in the order the system lists it). Names starting with '.' only match a component
that starts with '.' itself. With recursive=True a component '**' matches any number of
folders, including none. Results keep the pattern's form (relative stays relative; with
root_dir they are relative to it).
"""

import fnmatch
import itertools
import os
import re

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """The list of paths matching `pathname`, in no particular order."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """An iterator of the paths matching `pathname` (see glob)."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by refpy')
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # A leading '**' matches the root itself as '': not a result.
        first = next(found, None)
        if first:
            found = itertools.chain((first,), found)
    return found


def _iglob(pathname, root_dir, recursive, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash only matches folders.
            yield pathname
        return
    if not dirname:
        yield from _matcher(basename, recursive)(root_dir, basename, dironly)
        return
    # split() gives back the whole path as dirname for a bare drive: no recursion then.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _matcher(basename, recursive)
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly):
            yield os.path.join(dirname, name)


def _matcher(pattern, recursive):
    return _glob2 if recursive and _isrecursive(pattern) else _glob1


def _glob1(dirname, pattern, dironly):
    """The names in `dirname` matching the wildcard `pattern`."""
    names = _listdir(dirname, dironly)
    if not _ishidden(pattern):
        names = (name for name in names if not _ishidden(name))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly):
    """[basename] if it exists in `dirname` (`dirname` itself for an empty basename,
    which must then be a folder)."""
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly):
    """'**': the folder itself (as an empty name) and everything below it that is not
    hidden."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly)


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _listdir(dirname, dironly):
    """The names in `dirname` (only folders when `dironly`); [] if it cannot be read."""
    names = []
    bytes_names = isinstance(dirname, bytes)
    try:
        with os.scandir(dirname or (b'.' if bytes_names else '.')) as entries:
            for entry in entries:
                try:
                    if dironly and not entry.is_dir():
                        continue
                except OSError:
                    continue
                name = entry.name
                if bytes_names and isinstance(name, str):
                    name = os.fsencode(name)
                names.append(name)
    except OSError:
        return []
    return names


def _rlistdir(dirname, dironly):
    """Every path below `dirname`, relative to it, depth first, skipping hidden ones."""
    for name in _listdir(dirname, dironly):
        if not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _rlistdir(path, dironly):
                yield _join(name, below)


def _join(dirname, basename):
    # An empty part is left out rather than joined (os.path.join('', x) would do, but
    # this also keeps `x` unchanged when the other part is empty).
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether `s` holds a wildcard character: '*', '?' or '['."""
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """`pathname` with its wildcard characters escaped ('*' becomes '[*]')."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname
