"""dbm: one front end for the key/value database formats.

refpy ships only the portable `dbm.dumb` format, so `open` creates dumb databases and
reports the other formats `whichdb` recognises as unavailable.
"""

import os as _os
import sys as _sys
import builtins as _builtins

try:
    __path__
except NameError:
    # frozen modules get no __path__; an empty one makes dbm a package
    __path__ = []

__all__ = ['open', 'whichdb', 'error']


class _DbmError(Exception):
    pass


_DbmError.__name__ = _DbmError.__qualname__ = 'error'
error = (_DbmError, OSError)

# the first four bytes of a GNU dbm file, in the machine's byte order
_GDBM_MAGICS = (0x13579ACE, 0x13579ACD, 0x13579ACF)


def _readable(path):
    try:
        with _builtin_open(path, 'rb'):
            return True
    except OSError:
        return False


def whichdb(filename):
    """Guess the format of the database FILENAME.

    Gives the module name ('dbm.dumb', 'dbm.ndbm', 'dbm.gnu'), '' when the file exists
    in a format not known here, and None when it cannot be opened at all."""
    stem = _os.fsdecode(_os.fspath(filename))
    if _readable(stem + '.pag') and _readable(stem + '.dir'):
        return 'dbm.ndbm'
    try:
        _os.stat(stem + '.dat')
        size = _os.stat(stem + '.dir').st_size
        if size == 0:
            return 'dbm.dumb'
        with _builtin_open(stem + '.dir', 'rb') as fh:
            if fh.read(1) in (b"'", b'"'):
                return 'dbm.dumb'
    except OSError:
        pass
    try:
        with _builtin_open(stem, 'rb') as fh:
            head = fh.read(16)
    except OSError:
        return None
    if len(head) >= 4 and int.from_bytes(head[:4], _sys.byteorder) in _GDBM_MAGICS:
        return 'dbm.gnu'
    return ''


def open(file, flag='r', mode=0o666):
    """Open the database FILE, creating it with flag 'c' (if missing) or 'n' (always)."""
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        kind = 'dbm.dumb'
    elif kind == '':
        raise error[0]('db type could not be determined')
    elif kind != 'dbm.dumb':
        raise error[0]('db type is %s, but the module is not available' % kind)
    return dumb.open(file, flag, mode)


_builtin_open = _builtins.open

from dbm import dumb  # noqa: E402  (makes dbm.dumb an attribute, as in CPython)
