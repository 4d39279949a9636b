"""dbm.dumb: a slow but portable key/value store written in plain Python.

A database NAME is three files: NAME.dat holds the values, each starting on a 512-byte
boundary; NAME.dir is the index, one text line per key (the repr of the key read as
Latin-1, then the value's (offset, length) pair); NAME.bak is the index before the last
rewrite. New keys append their line to NAME.dir at once; other changes rewrite the whole
index when the database is synced or closed.
"""

import ast as _ast
import os as _os
import collections.abc as _cabc
import builtins as _builtins

__all__ = ['error', 'open']

error = OSError

_SLOT = 512
_CLOSED_MSG = 'DBM object has already been closed'
_RO_MSG = 'The database is opened for reading only'


def _slots(nbytes):
    # how many 512-byte slots a value of this length occupies
    return -(-nbytes // _SLOT)


def _as_bytes(obj, what):
    if isinstance(obj, str):
        return obj.encode('utf-8')
    if isinstance(obj, (bytes, bytearray)):
        return obj
    raise TypeError(what + ' must be bytes or strings')


class _Database(_cabc.MutableMapping):
    # The index maps each key (bytes) to (offset, length) in the .dat file; None once
    # the database is closed.

    def __init__(self, path, mode, flag):
        self._base = path                      # bytes, as os.fsencode gives it
        self._mode = mode
        self._readonly = flag == 'r'
        self._may_create = flag in ('c', 'n')
        self._dirty = False
        self._index = None
        stem = _os.fsdecode(path)
        self._files = {ext: stem + ext for ext in ('.dat', '.dir', '.bak')}
        if flag == 'n':
            for ext in ('.dir', '.bak'):
                try:
                    _os.remove(self._files[ext])
                except OSError:
                    pass
        self._prepare_data(flag)
        self._index = self._load_index()

    # -- files ----------------------------------------------------------------------

    def _oserror(self, exc, ext):
        # CPython names the files by their bytes path in its errors
        return type(exc)(exc.errno, exc.strerror, self._base + ext.encode())

    def _create(self, ext, truncate):
        flags = _os.O_WRONLY | _os.O_CREAT
        if truncate:
            flags |= _os.O_TRUNC
        fd = _os.open(self._files[ext], flags, self._mode)
        _os.close(fd)

    def _prepare_data(self, flag):
        name = self._files['.dat']
        if flag == 'n':
            self._create('.dat', True)
            return
        try:
            with _builtin_open(name, 'rb'):
                pass
        except FileNotFoundError as exc:
            if flag != 'c':
                raise self._oserror(exc, '.dat') from None
            self._create('.dat', False)

    def _load_index(self):
        table = {}
        try:
            with _builtin_open(self._files['.dir'], 'r', encoding='latin-1') as fh:
                text = fh.read()
        except FileNotFoundError as exc:
            if not self._may_create:
                raise self._oserror(exc, '.dir') from None
            self._dirty = True
            return table
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            name, where = _ast.literal_eval(line)
            table[name.encode('latin-1')] = where
        return table

    @staticmethod
    def _entry_line(key, where):
        return '%r, %r\n' % (key.decode('latin-1'), where)

    def _store_value(self, value, where=None):
        # put the bytes into the .dat file: over `where` when they fit in its slots,
        # else at the next slot boundary past the end
        with _builtin_open(self._files['.dat'], 'r+b') as fh:
            if where is not None and _slots(len(value)) <= _slots(where[1]):
                offset = where[0]
            else:
                end = fh.seek(0, 2)
                offset = _slots(end) * _SLOT
                if offset > end:
                    fh.write(bytes(offset - end))
            fh.seek(offset)
            fh.write(value)
        return (offset, len(value))

    def _fetch_value(self, where):
        offset, size = where
        with _builtin_open(self._files['.dat'], 'rb') as fh:
            fh.seek(offset)
            return fh.read(size)

    def _write_index(self):
        if self._index is None or not self._dirty or self._readonly:
            return
        for old, new in (('.bak', None), ('.dir', '.bak')):
            try:
                if new is None:
                    _os.remove(self._files[old])
                else:
                    _os.rename(self._files[old], self._files[new])
            except OSError:
                pass
        self._create('.dir', True)
        lines = [self._entry_line(k, w) for k, w in self._index.items()]
        with _builtin_open(self._files['.dir'], 'w', encoding='latin-1') as fh:
            fh.write(''.join(lines))

    # -- checks ---------------------------------------------------------------------

    def _live(self):
        if self._index is None:
            raise error(_CLOSED_MSG)
        return self._index

    def _writable(self):
        if self._readonly:
            raise error(_RO_MSG)
        return self._live()

    # -- mapping protocol -----------------------------------------------------------

    def __getitem__(self, key):
        table = self._live()
        if isinstance(key, str):
            key = key.encode('utf-8')
        return self._fetch_value(table[key])

    def __setitem__(self, key, value):
        if self._readonly:
            raise error(_RO_MSG)
        key = _as_bytes(key, 'keys')
        value = _as_bytes(value, 'values')
        table = self._live()
        self._dirty = True
        old = table.get(key)
        table[key] = self._store_value(value, old)
        if old is None:
            if not _os.path.exists(self._files['.dir']):
                self._create('.dir', False)
            with _builtin_open(self._files['.dir'], 'a', encoding='latin-1') as fh:
                fh.write(self._entry_line(key, table[key]))

    def __delitem__(self, key):
        table = self._writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        del table[key]
        self._dirty = True
        # the freed space in the .dat file is not reused; the index is rewritten now
        self._write_index()

    def __contains__(self, key):
        table = self._live()
        if isinstance(key, str):
            key = key.encode('utf-8')
        return key in table

    def __iter__(self):
        return iter(self._live())

    def __len__(self):
        return len(self._live())

    def keys(self):
        return list(self._live())

    def items(self):
        return [(key, self[key]) for key in self._live()]

    # -- life cycle -----------------------------------------------------------------

    def sync(self):
        self._write_index()

    def close(self):
        try:
            self._write_index()
        finally:
            self._index = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


_builtin_open = _builtins.open


def open(file, flag='c', mode=0o666):
    """Open the dumb database FILE (the name without an extension) and return it."""
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(_os.fsencode(file), mode, flag)
