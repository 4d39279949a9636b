"""Filesystem paths as objects.

refpy's own pathlib, written from the documentation of CPython 3.11 and its observed
behaviour. A path object holds its parsed form: a drive ('c:', '\\\\host\\share' or ''),
a root ('/', '\\', '//' or '') and the list of names that follow. How a string breaks
into that form is the business of a syntax object: POSIX or Windows. The pure classes
only compute with the parsed form; Path and its two concrete subclasses add the
operations that go to the file system through `os`.
"""

import fnmatch
import os
import re
from collections.abc import Sequence

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'WindowsPath']

_open_file = open

# File-type bits of st_mode.
_TYPE_MASK = 0o170000
_KIND_BITS = {'dir': 0o040000, 'file': 0o100000, 'link': 0o120000, 'block': 0o060000,
              'char': 0o020000, 'fifo': 0o010000, 'socket': 0o140000}

# errno values an is_*() / exists() test takes as "no such thing" instead of raising:
# ENOENT, ENOTDIR, EBADF, ELOOP.
_ABSENT_ERRNOS = frozenset((2, 20, 9, 40))
_ELOOP = 40


def _means_absent(error):
    return getattr(error, 'errno', None) in _ABSENT_ERRNOS


# ---------------------------------------------------------------------------------------
# The two path syntaxes

class _PosixSyntax:
    sep = '/'
    altsep = ''
    needs_drive = False
    case_blind = False
    native = os.name != 'nt'

    def split_anchor(self, text):
        """(drive, root, rest). Exactly two leading slashes are a root of their own;
        one, or three or more, mean '/'."""
        if not text.startswith('/'):
            return '', '', text
        rest = text.lstrip('/')
        root = '//' if len(text) - len(rest) == 2 else '/'
        return '', root, rest

    def fold(self, text):
        return text

    def matcher(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def reserved(self, path):
        return False

    def uri(self, path):
        return 'file://' + _percent_quote(os.fsencode(str(path)))


class _WindowsSyntax:
    sep = '\\'
    altsep = '/'
    needs_drive = True
    case_blind = True
    native = os.name == 'nt'

    _LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _DEVICE_NAMES = frozenset(['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
                              [dev + digit for dev in ('COM', 'LPT')
                               for digit in '123456789\xb9\xb2\xb3'])

    def split_anchor(self, text):
        """(drive, root, rest) of a backslashed path: 'c:' drives, UNC shares
        ('\\\\host\\share') and the '\\\\?\\' prefix of extended paths."""
        prefix = ''
        if text.startswith('\\\\?\\'):
            prefix, text = text[:4], text[4:]
            if text.startswith('UNC\\'):
                prefix += 'UNC'
                text = '\\' + text[3:]
        if text[:2] == '\\\\' and text[2:3] != '\\':
            host_end = text.find('\\', 2)
            if host_end >= 0:
                share_end = text.find('\\', host_end + 1)
                if share_end != host_end + 1:
                    if share_end < 0:
                        share_end = len(text)
                    share = text[:share_end]
                    if prefix:
                        share = prefix + share[1:]
                    return share, '\\', text[share_end + 1:]
        drive = root = ''
        if text[1:2] == ':' and text[:1] in self._LETTERS:
            drive, text = text[:2], text[2:]
        if text.startswith('\\'):
            root, text = '\\', text.lstrip('\\')
        return prefix + drive, root, text

    def fold(self, text):
        return text.lower()

    def matcher(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def reserved(self, path):
        pieces = path.parts
        if not pieces or pieces[0].startswith('\\\\'):
            return False
        last = pieces[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return last.upper() in self._DEVICE_NAMES

    def uri(self, path):
        drive = path.drive
        slashed = path.as_posix()
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///' + drive + _percent_quote(slashed[2:].encode('utf-8'))
        return 'file:' + _percent_quote(slashed.encode('utf-8'))


_POSIX = _PosixSyntax()
_WINDOWS = _WindowsSyntax()

_URI_PLAIN = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
                       b'_.-~/')


def _percent_quote(raw):
    """The bytes as URI text: unreserved bytes and '/' as they are, others as %XX."""
    return ''.join([chr(b) if b in _URI_PLAIN else '%%%02X' % b for b in raw])


def _parse(syntax, pieces):
    """(drive, root, names) of the path the strings `pieces` make together. The last
    anchored piece starts the path; when it has a root but no drive it keeps the
    drive of the nearest piece before it that had one."""
    drive = root = ''
    names = []
    seen_drive = ''
    sep, alt = syntax.sep, syntax.altsep
    for piece in pieces:
        if not piece:
            continue
        if alt:
            piece = piece.replace(alt, sep)
        d, r, rest = syntax.split_anchor(piece)
        if d or r:
            if d:
                seen_drive = d
            drive, root, names = (d or seen_drive) if r else d, r, []
        for n in rest.split(sep):
            if n and n != '.':
                names.append(n)
    return drive, root, names


def _pieces_of(args):
    """The strings the constructor arguments stand for (a path gives its parts)."""
    out = []
    for arg in args:
        if isinstance(arg, PurePath):
            out.extend(arg.parts)
            continue
        text = os.fspath(arg)
        if not isinstance(text, str):
            raise TypeError('argument should be a str object or an os.PathLike object '
                            'returning str, not %r' % type(text))
        out.append(str(text))
    return out


# ---------------------------------------------------------------------------------------
# Pure paths

class _Parents(Sequence):
    """The logical ancestors of a path, nearest first."""

    __slots__ = ('_kind', '_drive', '_root', '_names')

    def __init__(self, path):
        self._kind = type(path)
        self._drive, self._root, self._names = path._drive, path._root_sep, path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, idx):
        count = len(self._names)
        if isinstance(idx, slice):
            return tuple([self[i] for i in range(*idx.indices(count))])
        if idx >= count or idx < -count:
            raise IndexError(idx)
        if idx < 0:
            idx += count
        return self._kind._assemble(self._drive, self._root, self._names[:count - 1 - idx])

    def __repr__(self):
        return '<%s.parents>' % self._kind.__name__


class PurePath:
    """A path that no operation here takes to the file system. PurePath(...) makes a
    PurePosixPath (a PureWindowsPath on Windows)."""

    __slots__ = ('_drive', '_root_sep', '_names', '_text', '_hashed', '_parts_t',
                 '_sort_key')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._build(args)

    @classmethod
    def _build(cls, args):
        return cls._assemble(*_parse(cls._syntax, _pieces_of(args)))

    @classmethod
    def _assemble(cls, drive, root, names):
        obj = object.__new__(cls)
        obj._drive = drive
        obj._root_sep = root
        obj._names = names
        return obj

    def _with_last(self, name):
        return self._assemble(self._drive, self._root_sep, self._names[:-1] + [name])

    def __reduce__(self):
        return (type(self), self.parts)

    # -- text forms ---------------------------------------------------------------------

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            body = self._syntax.sep.join(self._names)
            self._text = (self._drive + self._root_sep + body) or '.'
            return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path written with forward slashes."""
        return str(self).replace(self._syntax.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (only absolute paths have one)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._syntax.uri(self)

    # -- comparisons --------------------------------------------------------------------

    def _key(self):
        try:
            return self._sort_key
        except AttributeError:
            if self._syntax.case_blind:
                self._sort_key = [p.lower() for p in self.parts]
            else:
                self._sort_key = list(self.parts)
            return self._sort_key

    def _same_syntax(self, other):
        return isinstance(other, PurePath) and self._syntax is other._syntax

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._syntax is other._syntax and self._key() == other._key()

    def __hash__(self):
        try:
            return self._hashed
        except AttributeError:
            self._hashed = hash(tuple(self._key()))
            return self._hashed

    def __lt__(self, other):
        if not self._same_syntax(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._same_syntax(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._same_syntax(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._same_syntax(other):
            return NotImplemented
        return self._key() >= other._key()

    # -- components ---------------------------------------------------------------------

    @property
    def drive(self):
        """The drive: a letter and colon or a UNC share on Windows, else ''."""
        return self._drive

    @property
    def root(self):
        """The root separator, or '' for a relative path."""
        return self._root_sep

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drive + self._root_sep

    @property
    def parts(self):
        """The components as a tuple, the anchor (if any) first."""
        try:
            return self._parts_t
        except AttributeError:
            lead = self._drive + self._root_sep
            self._parts_t = ((lead,) if lead else ()) + tuple(self._names)
            return self._parts_t

    @property
    def name(self):
        """The last component ('' when there is only an anchor, or nothing)."""
        return self._names[-1] if self._names else ''

    def _dot_at(self):
        """Where the last suffix of the name starts, or -1 when it has none."""
        name = self.name
        at = name.rfind('.')
        return at if 0 < at < len(name) - 1 else -1

    @property
    def suffix(self):
        """The last '.ext' of the name, or ''."""
        at = self._dot_at()
        return self.name[at:] if at >= 0 else ''

    @property
    def suffixes(self):
        """Every '.ext' of the name, in order."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + ext for ext in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The name without its last suffix."""
        at = self._dot_at()
        return self.name[:at] if at >= 0 else self.name

    def with_name(self, name):
        """The same path with the last component replaced by `name`."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        syntax = self._syntax
        d, r, names = _parse(syntax, [name])
        trailing = name[-1:] in (syntax.sep, syntax.altsep) if name else True
        if trailing or d or r or len(names) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._with_last(name)

    def with_stem(self, stem):
        """The same path with the stem of the name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The same path with the last suffix replaced (added when the name has none,
        removed when `suffix` is '')."""
        syntax = self._syntax
        bad = syntax.sep in suffix or (syntax.altsep and syntax.altsep in suffix)
        if bad or suffix == '.' or (suffix and suffix[0] != '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        return self._with_last((name[:-len(old)] if old else name) + suffix)

    # -- relations between paths --------------------------------------------------------

    @staticmethod
    def _anchored_list(drive, root, names):
        """Drive and root as separate entries before the names, so that a drive alone
        never equals a drive with a root."""
        if root:
            return [drive, root] + names
        return ([drive] if drive else []) + names

    def relative_to(self, *other):
        """This path expressed relative to `other` (ValueError when it is not under
        it)."""
        if not other:
            raise TypeError("need at least one argument")
        mine = self._anchored_list(self._drive, self._root_sep, self._names)
        od, orr, onames = _parse(self._syntax, _pieces_of(other))
        theirs = self._anchored_list(od, orr, onames)
        fold = self._syntax.fold
        size = len(theirs)
        if size:
            unrelated = [fold(p) for p in mine[:size]] != [fold(p) for p in theirs]
        else:
            unrelated = bool(self._root_sep or self._drive)
        if unrelated:
            shown = od + orr + self._syntax.sep.join(onames)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), shown))
        if size == 1 and self._root_sep:
            return self._assemble('', self._root_sep, mine[2:])
        return self._assemble('', '', mine[size:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def _joined(self, args):
        d2, r2, names2 = _parse(self._syntax, _pieces_of(args))
        d, r, names = self._drive, self._root_sep, self._names
        fold = self._syntax.fold
        if r2:
            if d2 or not d:
                return self._assemble(d2, r2, names2)
            return self._assemble(d, r2, names2)
        if d2 and fold(d2) != fold(d):
            return self._assemble(d2, r2, names2)
        return self._assemble(d, r, names + names2)

    def joinpath(self, *args):
        """This path with each argument appended in turn (an anchored argument starts
        afresh)."""
        return self._joined(args)

    def __truediv__(self, key):
        try:
            return self._joined((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._build((key,) + self.parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its last component."""
        if not self._names and (self._drive or self._root_sep):
            return self
        return self._assemble(self._drive, self._root_sep, self._names[:-1])

    @property
    def parents(self):
        """The ancestors of the path as an immutable sequence."""
        return _Parents(self)

    def is_absolute(self):
        """Whether the path has a root (and on Windows a drive too)."""
        if not self._root_sep:
            return False
        return bool(self._drive) or not self._syntax.needs_drive

    def is_reserved(self):
        """Whether Windows reserves the name (never on POSIX)."""
        return self._syntax.reserved(self)

    def match(self, path_pattern):
        """Whether the path matches the glob pattern. A relative pattern is matched
        against the last components; an anchored one against the whole path."""
        syntax = self._syntax
        fold = syntax.fold
        pattern = fold(path_pattern)
        pd, pr, pnames = _parse(syntax, [pattern])
        if not (pd or pr or pnames):
            raise ValueError("empty pattern")
        if pd and pd != fold(self._drive):
            return False
        if pr and pr != fold(self._root_sep):
            return False
        mine = self._key()
        if pd or pr:
            if len(mine) != len(pnames) + 1:
                return False
        elif len(pnames) > len(mine):
            return False
        for have, want in zip(reversed(mine), reversed(pnames)):
            if not fnmatch.fnmatchcase(have, want):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path in POSIX syntax ('/' separates; no drives)."""
    _syntax = _POSIX
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path in Windows syntax (backslashes or slashes, drives, UNC shares,
    case-insensitive comparisons)."""
    _syntax = _WINDOWS
    __slots__ = ()


# ---------------------------------------------------------------------------------------
# Globbing

def _scan(folder):
    with os.scandir(folder) as entries:
        return list(entries)


def _dir_entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _means_absent(e):
            raise
        return False


def _glob_parts(path, pattern, prepend_any):
    """The pattern's components, checked; '' at the end asks for folders only."""
    syntax = path._syntax
    d, r, names = _parse(syntax, [pattern])
    if d or r:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern and pattern[-1] in (syntax.sep, syntax.altsep):
        names.append('')
    if prepend_any:
        names.insert(0, '**')
    elif not names:
        # A pattern of nothing but '.': CPython fails looking for its first component.
        raise IndexError('tuple index out of range')
    elif names == ['']:
        # './' alone: CPython 3.11 fails on its internal end-of-pattern object.
        raise AttributeError("'_TerminatingSelector' object has no attribute 'select_from'")
    for name in names:
        if '**' in name and name != '**':
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    return names


def _folders_below(folder):
    """The folder and every folder under it (not through symbolic links), each
    before its contents."""
    yield folder
    try:
        entries = _scan(folder)
    except PermissionError:
        return
    for entry in entries:
        if _dir_entry_is_dir(entry) and not entry.is_symlink():
            yield from _folders_below(folder._child(entry.name))


def _match_from(folder, parts, at):
    """Paths under `folder` matching parts[at:], the folder being known to exist."""
    if at == len(parts):
        yield folder
        return
    part = parts[at]
    more = at + 1 < len(parts)
    if part == '':
        yield folder
    elif part == '**':
        seen = set()
        for start in _folders_below(folder):
            for found in _match_from(start, parts, at + 1):
                if found not in seen:
                    seen.add(found)
                    yield found
    elif '*' in part or '?' in part or '[' in part:
        test = folder._syntax.matcher(part)
        try:
            entries = _scan(folder)
        except PermissionError:
            return
        for entry in entries:
            if more and not _dir_entry_is_dir(entry):
                continue
            if test(entry.name):
                yield from _match_from(folder._child(entry.name), parts, at + 1)
    else:
        candidate = folder._child(part)
        try:
            present = candidate.is_dir() if more else candidate.exists()
        except PermissionError:
            return
        if present:
            yield from _match_from(candidate, parts, at + 1)


# ---------------------------------------------------------------------------------------
# Concrete paths

class Path(PurePath):
    """A path with the operations that use the file system. Path(...) makes a
    PosixPath here (a WindowsPath on Windows)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        made = cls._build(args)
        if not made._syntax.native:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return made

    def _child(self, name):
        return self._assemble(self._drive, self._root_sep, self._names + [name])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal "
                      "in Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls('~').expanduser()

    def samefile(self, other_path):
        """Whether `other_path` (a path or a string) names the same file."""
        mine = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return (mine.st_ino, mine.st_dev) == (other.st_ino, other.st_dev)

    def iterdir(self):
        """The paths of the directory's entries, in the order the system lists them."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """The existing paths under this directory that match the relative glob
        pattern ('**' stands for this directory and every one below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = _glob_parts(self, pattern, False)
        if self.is_dir():
            yield from _match_from(self, parts, 0)

    def rglob(self, pattern):
        """glob() of the pattern anywhere under this directory."""
        parts = _glob_parts(self, pattern, True)
        if self.is_dir():
            yield from _match_from(self, parts, 0)

    def absolute(self):
        """The path made absolute with the current directory (no normalization)."""
        if self.is_absolute():
            return self
        return self._build((os.getcwd(),) + self.parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved. With strict, a
        missing path raises FileNotFoundError."""
        try:
            real = os.path.realpath(self, strict=strict)
        except OSError as e:
            _reject_loop(e)
            raise
        found = self._build((real,))
        if not strict:
            try:
                found.stat()
            except OSError as e:
                _reject_loop(e)
        return found

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a symbolic link's own status."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The login name of the file's owner."""
        return _account_name('/etc/passwd', self.stat().st_uid, 'getpwuid(): uid')

    def group(self):
        """The name of the file's group."""
        return _account_name('/etc/group', self.stat().st_gid, 'getgrgid(): gid')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the builtin open() does."""
        return _open_file(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole file as bytes."""
        with self.open(mode='rb') as stream:
            return stream.read()

    def read_text(self, encoding=None, errors=None):
        """The whole file as text."""
        with self.open(mode='r', encoding=encoding, errors=errors) as stream:
            return stream.read()

    def write_bytes(self, data):
        """Replace the file's contents with the bytes-like `data`; returns how many
        bytes were written."""
        view = memoryview(data)
        with self.open(mode='wb') as stream:
            if not view.c_contiguous:
                # The file is emptied first, as a C-level write of such a view fails.
                raise BufferError('memoryview: underlying buffer is not C-contiguous')
            return stream.write(view.tobytes())

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the string `data`; returns how many
        characters were written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as stream:
            return stream.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._build((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file when missing; when present, update its modification time
        (or raise FileExistsError if not exist_ok)."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; with parents, the missing ones above it too."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
        except OSError:
            # EEXIST, or EACCES/EROFS that some systems report for existing ones.
            if exist_ok and self.is_dir():
                return
            raise
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, as os.chmod() does."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename the file to `target` and return the new path. A relative target is
        taken from the current directory."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Like rename(), but an existing target is replaced."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link pointing to `target`."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to the file `target`."""
        os.link(target, self)

    def link_to(self, target):
        """Make `target` a hard link to this path (deprecated: hardlink_to() runs the
        other way round)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for "
                      "removal in Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def _kind(self, follow=True):
        """The file-type bits of st_mode, or None when the path is not there."""
        try:
            return self.stat(follow_symlinks=follow).st_mode & _TYPE_MASK
        except OSError as e:
            if _means_absent(e):
                return None
            raise
        except ValueError:
            # Something the system cannot even look up (an embedded NUL).
            return None

    def exists(self):
        """Whether the path exists (a symbolic link counts by its target)."""
        return self._kind() is not None

    def is_dir(self):
        """Whether the path is a directory, or a link to one."""
        return self._kind() == _KIND_BITS['dir']

    def is_file(self):
        """Whether the path is a regular file, or a link to one."""
        return self._kind() == _KIND_BITS['file']

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._kind(follow=False) == _KIND_BITS['link']

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._kind() == _KIND_BITS['block']

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._kind() == _KIND_BITS['char']

    def is_fifo(self):
        """Whether the path is a named pipe."""
        return self._kind() == _KIND_BITS['fifo']

    def is_socket(self):
        """Whether the path is a Unix socket."""
        return self._kind() == _KIND_BITS['socket']

    def is_mount(self):
        """Whether the path is a mount point: a directory on another device than its
        parent, or the root of its device."""
        if not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        return here.st_dev != above.st_dev or here.st_ino == above.st_ino

    def expanduser(self):
        """The path with a leading '~' or '~user' replaced by that home directory."""
        names = self._names
        if self._drive or self._root_sep or not names or not names[0].startswith('~'):
            return self
        home = os.path.expanduser(names[0])
        if home.startswith('~'):
            raise RuntimeError("Could not determine home directory.")
        return self._build([home] + names[1:])


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows (it cannot be made on other systems)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")


def _reject_loop(error):
    if getattr(error, 'errno', None) == _ELOOP:
        raise RuntimeError("Symlink loop from %r" % error.filename)


def _account_name(table, number, what):
    """The name in /etc/passwd or /etc/group whose id field (the third) is `number`."""
    try:
        with _open_file(table) as rows:
            for row in rows:
                fields = row.split(':')
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('%s not found: %d' % (what, number))
