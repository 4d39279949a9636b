"""Object-oriented filesystem paths, as CPython 3.11's pathlib.

A path is kept parsed: its drive, its root and its parts (the anchor, drive + root,
first when there is one). The syntax of a path lives in a flavour object (POSIX or
Windows); the pure classes only compute on that parsed form, and `Path` adds the calls
that touch the file system, through `os`. Equality, hashing and ordering compare the
parts case-folded as the flavour does (Windows ignores case), and only between paths
of one flavour.
"""

import fnmatch
import io
import os
import posixpath
import re
import sys
from collections.abc import Sequence

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

# File type bits of st_mode (the `stat` module's S_IFMT and S_IF* values).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000
_S_IFBLK = 0o060000
_S_IFCHR = 0o020000
_S_IFIFO = 0o010000
_S_IFSOCK = 0o140000

# errno values that mean "this path is not there" for the is_*() and exists() tests.
_ENOENT, _ENOTDIR, _EBADF, _ELOOP = 2, 20, 9, 40
_IGNORED_ERRNOS = (_ENOENT, _ENOTDIR, _EBADF, _ELOOP)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


# ---------------------------------------------------------------------------
# Flavours: the syntax of paths
# ---------------------------------------------------------------------------

class _Flavour:
    """What both syntaxes share: parsing a sequence of path strings into
    (drive, root, parts), and joining two parsed paths."""

    def parse_parts(self, parts):
        """(drive, root, parts) of the path the strings `parts` join to. The scan goes
        from the last string back to the last one that is anchored; a rooted path
        without a drive takes the drive of an earlier string (Windows)."""
        parsed = []
        sep, altsep = self.sep, self.altsep
        drv = root = ''
        remaining = reversed(parts)
        for part in remaining:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = self.splitroot(part)
            parsed.extend(x for x in reversed(rel.split(sep)) if x and x != '.')
            if drv or root:
                if not drv:
                    for part in remaining:
                        if part:
                            if altsep:
                                part = part.replace(altsep, sep)
                            drv = self.splitroot(part)[0]
                            if drv:
                                break
                break
        if drv or root:
            parsed.append(drv + root)
        parsed.reverse()
        return drv, root, parsed

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """The parsed form of path 1 joined with path 2."""
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                # The same drive: path 2 is relative to path 1.
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')

    def splitroot(self, part, sep=sep):
        """('', root, rest): POSIX keeps exactly two leading slashes as a root of
        their own; one, or three and more, are the root '/'."""
        if part and part[0] == sep:
            rest = part.lstrip(sep)
            if len(part) - len(rest) == 2:
                return '', sep * 2, rest
            return '', sep, rest
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote(path.as_posix())


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')

    drive_letters = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    ext_namespace_prefix = '\\\\?\\'
    reserved_names = (
        {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
        | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
        | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'}
    )

    def splitroot(self, part, sep=sep):
        """(drive, root, rest) of a backslashed path: drive letters ('c:'), UNC shares
        ('\\\\server\\share') and the extended prefix ('\\\\?\\')."""
        prefix = ''
        if part[0:1] == sep and part[1:2] == sep:
            prefix, part = self._split_extended_path(part)
        first, second, third = part[0:1], part[1:2], part[2:3]
        if first == sep and second == sep and third != sep:
            # UNC: \\machine\share is the drive, unless a slash is doubled after it.
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    if prefix:
                        return prefix + part[1:index2], sep, part[index2 + 1:]
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ''
        if second == ':' and first in self.drive_letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def _split_extended_path(self, s):
        prefix = ''
        if s.startswith(self.ext_namespace_prefix):
            prefix = s[:4]
            s = s[4:]
            if s.startswith('UNC\\'):
                prefix += s[:3]
                s = '\\' + s[3:]
        return prefix, s

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self.reserved_names

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            # file:///c:/a/b
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote(rest))
        # A UNC path: file://server/share/a
        return 'file:' + _quote(path.as_posix())


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _quote(text):
    """`text` UTF-8 encoded with every byte outside letters, digits and '_.-~/'
    percent-escaped (urllib.parse.quote_from_bytes)."""
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b
                   for b in os.fsencode(text))


# ---------------------------------------------------------------------------
# Globbing: a chain of selectors, one per pattern component
# ---------------------------------------------------------------------------

def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


_selectors = {}


def _make_selector(pattern_parts, flavour):
    """The selector chain for the pattern components (cached like CPython's)."""
    key = (pattern_parts, flavour)
    selector = _selectors.get(key)
    if selector is None:
        pat = pattern_parts[0]
        child_parts = pattern_parts[1:]
        if not pat:
            selector = _TerminatingSelector()
        elif pat == '**':
            selector = _RecursiveWildcardSelector(pat, child_parts, flavour)
        elif '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        elif _is_wildcard_pattern(pat):
            selector = _WildcardSelector(pat, child_parts, flavour)
        else:
            selector = _PreciseSelector(pat, child_parts, flavour)
        if len(_selectors) >= 128:
            _selectors.clear()
        _selectors[key] = selector
    return selector


class _Selector:
    """Selects the paths below a folder that match one pattern component, and hands
    each to the selector of the next component. A selector with successors only
    considers folders."""

    def __init__(self, child_parts, flavour):
        if child_parts:
            self.successor = _make_selector(child_parts, flavour)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)

    def _successors(self, path):
        return self.successor._select_from(path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts, flavour):
        self.name = name
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                yield from self._successors(path)
        except PermissionError:
            return


def _entries(path):
    with os.scandir(path) as it:
        return list(it)


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _ignore_error(e):
            raise
        return False


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts, flavour):
        self.match = flavour.compile_pattern(pat)
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            for entry in _entries(parent_path):
                if self.dironly and not _entry_is_dir(entry):
                    continue
                if self.match(entry.name):
                    path = parent_path._make_child_relpath(entry.name)
                    yield from self._successors(path)
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pat, child_parts, flavour):
        _Selector.__init__(self, child_parts, flavour)

    def _iterate_directories(self, parent_path):
        """The folder and every folder below it, not following symbolic links."""
        yield parent_path
        try:
            for entry in _entries(parent_path):
                if _entry_is_dir(entry) and not entry.is_symlink():
                    path = parent_path._make_child_relpath(entry.name)
                    yield from self._iterate_directories(path)
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            yielded = set()
            for start in self._iterate_directories(parent_path):
                for path in self._successors(start):
                    if path not in yielded:
                        yield path
                        yielded.add(path)
        except PermissionError:
            return


# ---------------------------------------------------------------------------
# Pure paths
# ---------------------------------------------------------------------------

class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first: p.parents[0] is p.parent."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path of the file system that no operation touches; PurePath() makes a
    PurePosixPath here (a PureWindowsPath on Windows)."""

    __slots__ = (
        '_drv', '_root', '_parts',
        '_str', '_hash', '_pparts', '_cached_cparts',
    )

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
            parts.append(str(a))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        drv, root, parts = cls._parse_args(args)
        return cls._from_parsed_parts(drv, root, parts)

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(
                self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file:' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: self._drv,
                     doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any (the dot included)."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = self._flavour.parse_parts((name,))
        if (not name or name[-1] in (self._flavour.sep, self._flavour.altsep)
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the file suffix changed (added if there was none, removed
        if `suffix` is empty)."""
        flavour = self._flavour
        if flavour.sep in suffix or flavour.altsep and flavour.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if old_suffix:
            name = name[:-len(old_suffix)] + suffix
        else:
            name = name + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def _abs_parts(self, drv, root, parts):
        # The anchor split into drive and root, so a drive alone compares apart.
        return [drv, root] + parts[1:] if root else parts

    def relative_to(self, *other):
        """The relative path to this path from `other`; ValueError when this path is
        not below it."""
        if not other:
            raise TypeError("need at least one argument")
        drv, root = self._drv, self._root
        abs_parts = self._abs_parts(drv, root, self._parts)
        to_drv, to_root, to_parts = self._parse_args(other)
        to_abs_parts = self._abs_parts(to_drv, to_root, to_parts)
        n = len(to_abs_parts)
        casefold = self._flavour.casefold_parts
        if n == 0:
            unrelated = root or drv
        else:
            unrelated = casefold(abs_parts[:n]) != casefold(to_abs_parts)
        if unrelated:
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether the path is relative to `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The path's components as a tuple."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """The path joined with each argument in turn; an absolute argument replaces
        what came before it."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path (the path itself for an anchor or '.')."""
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of the path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path has a root (and, on Windows, a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """True if the path is reserved by the system (only ever on Windows)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the right
        (a pattern with an anchor must match the whole path)."""
        casefold = self._flavour.casefold
        path_pattern = casefold(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != casefold(self._drv):
            return False
        if root and root != casefold(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath of POSIX syntax: '/' separates, no drives."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath of Windows syntax: '\\' (or '/') separates, drive letters and UNC
    shares, case-insensitive comparisons."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------
# Concrete paths
# ---------------------------------------------------------------------------

class Path(PurePath):
    """A PurePath with the operations that use the file system; Path() makes a
    PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        # `part` is one name known to be valid: no parsing needed.
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working folder."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home folder (as os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether `other_path` (a Path or a path string) is the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """The paths of the folder's entries ('.' and '..' excluded), in the system's
        order."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _check_pattern(self, pattern):
        drv, root, pattern_parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            # A trailing separator selects folders only.
            pattern_parts.append('')
        return pattern_parts

    def glob(self, pattern):
        """The existing paths below this folder matching the relative `pattern`
        ('**' matches this folder and all below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pattern_parts = self._check_pattern(pattern)
        selector = _make_selector(tuple(pattern_parts), self._flavour)
        yield from selector.select_from(self)

    def rglob(self, pattern):
        """glob() with '**/' put in front of the pattern."""
        pattern_parts = self._check_pattern(pattern)
        selector = _make_selector(("**",) + tuple(pattern_parts), self._flavour)
        yield from selector.select_from(self)

    def absolute(self):
        """The path made absolute against the current folder, without normalizing
        or resolving links."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved; with strict, a
        missing path raises."""

        def check_eloop(e):
            if e.errno == _ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)

        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            # realpath() does not report loops when not strict: stat() does.
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """stat() of the link itself for a symbolic link."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The name of the user owning the file."""
        return _user_name(self.stat().st_uid)

    def group(self):
        """The name of the group owning the file."""
        return _group_name(self.stat().st_gid)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as the builtin open() does."""
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write the bytes-like `data` to the file (replacing it); returns the
        count written."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write the str `data` to the file (replacing it); returns the count
        written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path the symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing (FileExistsError when it exists and not
        exist_ok), or update its modification time."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder (with its missing parents when `parents`)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Not only EEXIST: the system may report EACCES or EROFS first.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link (a missing one too when `missing_ok`)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the folder, which must be empty."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to `target` and return the new path (relative targets are taken
        from the current folder, not the path's)."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """rename(), replacing an existing target."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to `target`."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to `target`."""
        os.link(target, self)

    def exists(self):
        """Whether the path exists (following links)."""
        return self._mode() is not None

    def _mode(self, follow_symlinks=True):
        """The file type bits, or None when the path is not there; other errors
        propagate."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            # A path the system cannot take (an embedded NUL).
            return None

    def is_dir(self):
        """Whether the path is a folder (following links)."""
        return self._mode() == _S_IFDIR

    def is_file(self):
        """Whether the path is a regular file (following links)."""
        return self._mode() == _S_IFREG

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._mode(follow_symlinks=False) == _S_IFLNK

    def is_block_device(self):
        return self._mode() == _S_IFBLK

    def is_char_device(self):
        return self._mode() == _S_IFCHR

    def is_fifo(self):
        return self._mode() == _S_IFIFO

    def is_socket(self):
        return self._mode() == _S_IFSOCK

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        return st.st_dev != parent_st.st_dev or st.st_ino == parent_st.st_ino

    def expanduser(self):
        """The path with a leading '~' or '~user' expanded."""
        if (not (self._drv or self._root) and self._parts
                and self._parts[0][:1] == '~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path of a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path of a Windows system (cannot be made on this one)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")


def _name_from_db(db, number, what):
    """The name of the entry whose third field is `number` in /etc/passwd or
    /etc/group (the files pwd and grp read without NSS)."""
    try:
        with io.open(db) as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('%s not found: %d' % (what, number))


def _user_name(uid):
    return _name_from_db('/etc/passwd', uid, 'getpwuid(): uid')


def _group_name(gid):
    return _name_from_db('/etc/group', gid, 'getgrgid(): gid')
