"""Constants and functions for interpreting os.stat() results (POSIX values)."""

# Indices into the tuple os.stat() returns.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_VIRTUAL = 0x10000
SF_APPEND = 0x40000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000
S_ENFMT = 0o2000
S_IEXEC = 0o100
S_IFBLK = 0o60000
S_IFCHR = 0o20000
S_IFDIR = 0o40000
S_IFDOOR = 0o0
S_IFIFO = 0o10000
S_IFLNK = 0o120000
S_IFPORT = 0o0
S_IFREG = 0o100000
S_IFSOCK = 0o140000
S_IFWHT = 0o0
S_IREAD = 0o400
S_IRGRP = 0o40
S_IROTH = 0o4
S_IRUSR = 0o400
S_IRWXG = 0o70
S_IRWXO = 0o7
S_IRWXU = 0o700
S_ISGID = 0o2000
S_ISUID = 0o4000
S_ISVTX = 0o1000
S_IWGRP = 0o20
S_IWOTH = 0o2
S_IWRITE = 0o200
S_IWUSR = 0o200
S_IXGRP = 0o10
S_IXOTH = 0o1
S_IXUSR = 0o100
UF_APPEND = 0x4
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
UF_IMMUTABLE = 0x2
UF_NODUMP = 0x1
UF_NOUNLINK = 0x10
UF_OPAQUE = 0x8


def S_IMODE(mode):
    """The permission bits: what chmod() can set."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits."""
    return mode & 0o170000


def _is_type(kind):
    def test(mode):
        return S_IFMT(mode) == kind
    return test


S_ISDIR = _is_type(S_IFDIR)
S_ISCHR = _is_type(S_IFCHR)
S_ISBLK = _is_type(S_IFBLK)
S_ISREG = _is_type(S_IFREG)
S_ISFIFO = _is_type(S_IFIFO)
S_ISLNK = _is_type(S_IFLNK)
S_ISSOCK = _is_type(S_IFSOCK)
for _name, _test in list(globals().items()):
    if _name.startswith('S_IS') and callable(_test):
        _test.__name__ = _test.__qualname__ = _name
del _name, _test


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
               (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p'))

# Per position: (bits, character) in order; the first matching pair wins.
_PERMISSION_CHARS = (
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'), (S_ISUID, 'S'), (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'), (S_ISGID, 'S'), (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'), (S_ISVTX, 'T'), (S_IXOTH, 'x')),
)


def filemode(mode):
    """The `ls -l` string of a mode: '-rwxr-xr-x'."""
    out = ['?']
    for bits, char in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            out[0] = char
            break
    for choices in _PERMISSION_CHARS:
        for bits, char in choices:
            if mode & bits == bits:
                out.append(char)
                break
        else:
            out.append('-')
    return ''.join(out)
