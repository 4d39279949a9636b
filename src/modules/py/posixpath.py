"""Common operations on POSIX pathnames (refpy's `os.path`).

Pure string functions over '/'-separated paths, for str and bytes alike (never
mixed), plus the queries that ask the file system through `os.stat`. Messages
are CPython 3.11's.
"""

import os

__all__ = [
    'normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
    'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
    'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
    'expandvars', 'normpath', 'abspath', 'samefile', 'curdir', 'pardir', 'sep',
    'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
    'supports_unicode_filenames', 'relpath', 'commonpath',
]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _mixed(funcname, *args):
    """CPython's error for arguments of the wrong types, or a str/bytes mix."""
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike '
                            'object, not %r' % (funcname, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _mixed('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Leading dots of the file name do not start an extension.
        start = sep_index + 1
        while start < dot_index:
            if p[start:start + 1] != dot:
                return p[:dot_index], p[dot_index:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _mode(path, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode & _S_IFMT


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    return _mode(path) == _S_IFREG


def isdir(s):
    return _mode(s) == _S_IFDIR


def islink(path):
    return _mode(path, False) == _S_IFLNK


def ismount(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if st.st_mode & _S_IFMT == _S_IFLNK:
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        st_parent = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != st_parent.st_dev or st.st_ino == st_parent.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def normpath(path):
    """Collapse redundant separators and up-level references: A//B, A/./B and
    A/foo/../B all become A/B."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        sep, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one, or three and more, become one.
    if path.startswith(sep):
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    else:
        leading = 0
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * leading + sep.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Appends the components of `rest` to the resolved `path`, following links;
    `seen` maps each link met to its resolution (None while resolving: a loop)."""
    if isinstance(path, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & _S_IFMT == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """A relative version of a path, from the current folder or `start`."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    if isinstance(path, bytes):
        cur, sep, par = b'.', b'/', b'..'
    else:
        cur, sep, par = '.', '/', '..'
    start = cur if start is None else os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [par] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return cur
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning):
        _mixed('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of each pathname in the sequence."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, cur = b'/', b'.'
    else:
        sep, cur = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != cur] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _mixed('commonpath', *paths)
        raise


def _home_of(user):
    """The home folder of `user` from /etc/passwd, or None."""
    try:
        with open('/etc/passwd') as f:
            lines = f.read().split('\n')
    except OSError:
        return None
    for line in lines:
        fields = line.split(':')
        if len(fields) >= 6 and fields[0] == user:
            return fields[5]
    return None


def _uid_home():
    uid = os.stat('/proc/self').st_uid if exists('/proc/self') else 0
    try:
        with open('/etc/passwd') as f:
            lines = f.read().split('\n')
    except OSError:
        return None
    for line in lines:
        fields = line.split(':')
        if len(fields) >= 6 and fields[2] == str(uid):
            return fields[5]
    return None


def expanduser(path):
    """Expand ~ and ~user constructions; unknown users leave the path unchanged."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _uid_home()
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        home = _home_of(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Expand $var and ${var}; unknown variables are left unchanged."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append(c)
                i += 1
                continue
            name = text[i + 2:end]
            stop = end + 1
        else:
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            name = text[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            stop = j
        value = os.environ.get(name)
        out.append(text[i:stop] if value is None else value)
        i = stop
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result

