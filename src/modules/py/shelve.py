"""shelve: a persistent dictionary of picklable objects keyed by strings.

A Shelf wraps any mapping whose keys and values are bytes (normally a dbm database):
keys are encoded with `keyencoding`, values pickled. With writeback=True every entry read
or written is also kept in `cache` and pickled back on sync() or close(), so mutating a
fetched object in place is not lost.
"""

import collections.abc as _cabc
import io as _io
import pickle as _pickle

DEFAULT_PROTOCOL = _pickle.DEFAULT_PROTOCOL

__all__ = ['Shelf', 'BsdDbShelf', 'DbfilenameShelf', 'open']

_CLOSED = 'invalid operation on closed shelf'


class _ClosedDict(_cabc.MutableMapping):
    """Stands in for the mapping of a closed shelf: every access fails."""

    def _refuse(self, *args):
        raise ValueError(_CLOSED)

    __getitem__ = __setitem__ = __delitem__ = __iter__ = __len__ = _refuse

    def __contains__(self, key):
        self._refuse()

    def __repr__(self):
        return '<Closed Dictionary>'


def _freeze(value, protocol):
    sink = _io.BytesIO()
    _pickle.Pickler(sink, protocol).dump(value)
    return sink.getvalue()


def _thaw(data):
    return _pickle.Unpickler(_io.BytesIO(data)).load()


class Shelf(_cabc.MutableMapping):
    """A mapping of str keys to arbitrary objects, stored pickled in `dict`."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        self.dict = dict
        self._pickle_protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _raw_key(self, key):
        return key.encode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __contains__(self, key):
        return self._raw_key(key) in self.dict

    def get(self, key, default=None):
        if self._raw_key(key) not in self.dict:
            return default
        return self[key]

    def __getitem__(self, key):
        cache = self.cache
        if key in cache:
            return cache[key]
        value = _thaw(self.dict[self._raw_key(key)])
        if self.writeback:
            cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._raw_key(key)] = _freeze(value, self._pickle_protocol)

    def __delitem__(self, key):
        del self.dict[self._raw_key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def sync(self):
        """Write back every cached entry (writeback mode) and sync the mapping."""
        pending = self.cache
        if pending and self.writeback:
            # storing through __setitem__ would refill the cache; empty it while storing
            self.writeback = False
            try:
                for key, value in pending.items():
                    self[key] = value
            finally:
                self.writeback = True
            self.cache = {}
        flush = getattr(self.dict, 'sync', None)
        if flush is not None:
            flush()

    def close(self):
        """Sync, close the underlying mapping and make the shelf unusable."""
        if isinstance(getattr(self, 'dict', None), _ClosedDict):
            return
        if not hasattr(self, 'dict'):
            return
        try:
            self.sync()
            shut = getattr(self.dict, 'close', None)
            if shut is not None:
                shut()
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        if 'writeback' in self.__dict__:
            # (a shelf whose __init__ failed has nothing to close)
            self.close()


class BsdDbShelf(Shelf):
    """A Shelf over a mapping with first/next/previous/last/set_location cursors."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        super().__init__(dict, protocol, writeback, keyencoding)

    def _cursor(self, pair):
        raw, data = pair
        return raw.decode(self.keyencoding), _thaw(data)

    def set_location(self, key):
        return self._cursor(self.dict.set_location(key))

    def next(self):
        return self._cursor(next(self.dict))

    def previous(self):
        return self._cursor(self.dict.previous())

    def first(self):
        return self._cursor(self.dict.first())

    def last(self):
        return self._cursor(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf stored in the dbm database `filename`, opened with dbm.open(filename, flag)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        db = dbm.open(filename, flag)
        super().__init__(db, protocol=protocol, writeback=writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the persistent dictionary stored in the dbm database `filename`."""
    return DbfilenameShelf(filename, flag=flag, protocol=protocol, writeback=writeback)
