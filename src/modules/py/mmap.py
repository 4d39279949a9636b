# refpy's `mmap`: the `mmap.mmap` type over the native helpers of src/modules/mmap.rs
# (real mmap(2) mappings: a file's pages are shared with the file, ACCESS_COPY is a
# private mapping, -1 maps anonymous memory). This half checks the arguments and the
# state with the messages of CPython 3.11's mmapmodule.c and keeps the address, size,
# position and access mode; the byte work happens in native code on the mapping.
# Differs: the buffer protocol (memoryview(m), struct.unpack_from(fmt, m)) is missing;
# bytes(m) works through __bytes__.

import sys as _sys
from operator import index as _index

_n = (_fstat, _dup, _close, _ftruncate, _map, _unmap, _remap, _read, _write, _find,
      _msync, _madvise, _move)
del _fstat, _dup, _close, _ftruncate, _map, _unmap, _remap, _read, _write, _find
del _msync, _madvise, _move

error = OSError

PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4

MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_ANON = 32
MAP_ANONYMOUS = 32
MAP_DENYWRITE = 2048
MAP_EXECUTABLE = 4096
MAP_POPULATE = 32768
MAP_STACK = 131072

PAGESIZE = _pagesize()
ALLOCATIONGRANULARITY = PAGESIZE
del _pagesize

ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3

MADV_NORMAL = 0
MADV_RANDOM = 1
MADV_SEQUENTIAL = 2
MADV_WILLNEED = 3
MADV_DONTNEED = 4
MADV_FREE = 8
MADV_REMOVE = 9
MADV_DONTFORK = 10
MADV_DOFORK = 11
MADV_MERGEABLE = 12
MADV_UNMERGEABLE = 13
MADV_HUGEPAGE = 14
MADV_NOHUGEPAGE = 15
MADV_DONTDUMP = 16
MADV_DODUMP = 17
MADV_HWPOISON = 100

_ACCESS_NAMES = ('ACCESS_DEFAULT', 'ACCESS_READ', 'ACCESS_WRITE', 'ACCESS_COPY')
_S_IFMT = 0o170000
_S_IFREG = 0o100000
_SSIZE_MAX = (1 << 63) - 1
_MISSING = object()


def _bytes_like(obj):
    if isinstance(obj, (bytes, bytearray)):
        return obj
    try:
        return memoryview(obj)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__) from None


def _ssize(value):
    value = _index(value)
    if not -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _clamp(i, size):
    if i < 0:
        i += size
        if i < 0:
            i = 0
    elif i > size:
        i = size
    return i


class mmap:
    """A memory map of a file (by descriptor) or of anonymous memory (fileno -1)."""

    __slots__ = ('_addr', '_size', '_pos', '_offset', '_fd', '_access', '__weakref__')

    def __new__(cls, *args, **kwargs):
        names = ('fileno', 'length', 'flags', 'prot', 'access', 'offset')
        if len(args) > 6:
            raise TypeError("function takes at most 6 arguments (%d given)"
                            % (len(args) + len(kwargs)))
        values = list(args) + [_MISSING] * (6 - len(args))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % key)
            i = names.index(key)
            if i < len(args):
                raise TypeError("argument for function given by name ('%s') and "
                                "position (%d)" % (key, i + 1))
            values[i] = value
        for i in (0, 1):
            if values[i] is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)"
                                % (names[i], i + 1))
        defaults = (None, None, MAP_SHARED, PROT_WRITE | PROT_READ, ACCESS_DEFAULT, 0)
        fileno, length, flags, prot, access, offset = [
            defaults[i] if v is _MISSING else v for i, v in enumerate(values)]
        fd = _index(fileno)
        map_size = _ssize(length)
        flags = _index(flags)
        prot = _index(prot)
        access = _index(access)
        offset = _index(offset)
        if map_size < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or
                                         prot != (PROT_WRITE | PROT_READ)):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            flags = MAP_SHARED
            prot = PROT_READ
        elif access == ACCESS_WRITE:
            flags = MAP_SHARED
            prot = PROT_READ | PROT_WRITE
        elif access == ACCESS_COPY:
            flags = MAP_PRIVATE
            prot = PROT_READ | PROT_WRITE
        elif access == ACCESS_DEFAULT:
            if (prot & PROT_READ) and (prot & PROT_WRITE):
                pass
            elif prot & PROT_WRITE:
                access = ACCESS_WRITE
            else:
                access = ACCESS_READ
        else:
            raise ValueError("mmap invalid access parameter.")
        if fd != -1:
            try:
                st_size, st_mode = _n[0](fd)
            except OSError:
                pass
            else:
                if st_mode & _S_IFMT == _S_IFREG:
                    if map_size == 0:
                        if st_size == 0:
                            raise ValueError("cannot mmap an empty file")
                        if offset >= st_size:
                            raise ValueError("mmap offset is greater than file size")
                        map_size = st_size - offset
                    elif offset > st_size or st_size - offset < map_size:
                        raise ValueError("mmap length is greater than file size")
        self = object.__new__(cls)
        self._fd = -1
        self._addr = 0
        self._size = map_size
        self._pos = 0
        self._offset = offset
        self._access = access
        if fd == -1:
            self._fd = -1
            flags |= MAP_ANONYMOUS
        else:
            self._fd = _n[1](fd)
        try:
            self._addr = _n[4](fd, map_size, flags, prot, offset)
        except BaseException:
            if self._fd != -1:
                _n[2](self._fd)
                self._fd = -1
            raise
        return self

    def __del__(self):
        self._release()

    def _release(self):
        addr = self._addr
        if addr:
            self._addr = 0
            _n[5](addr, self._size)
        if self._fd != -1:
            fd = self._fd
            self._fd = -1
            _n[2](fd)

    def _check(self):
        if not self._addr:
            raise ValueError("mmap closed or invalid")

    def _check_writable(self):
        if self._access == ACCESS_READ:
            raise TypeError("mmap can't modify a readonly memory map.")

    def __repr__(self):
        if not self._addr:
            return "<mmap.mmap closed=True>"
        return "<mmap.mmap closed=False, access=%s, length=%d, pos=%d, offset=%d>" % (
            _ACCESS_NAMES[self._access], self._size, self._pos, self._offset)

    @property
    def closed(self):
        return not self._addr

    def close(self):
        self._release()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __len__(self):
        self._check()
        return self._size

    def __sizeof__(self):
        return type(self).__basicsize__

    def __bytes__(self):
        self._check()
        return _n[7](self._addr, 0, self._size)

    def __iter__(self):
        self._check()
        i = 0
        while True:
            self._check()
            if i >= self._size:
                return
            yield _n[7](self._addr, i, 1)
            i += 1

    def __getitem__(self, item):
        self._check()
        if isinstance(item, slice):
            start, stop, step = item.indices(self._size)
            if step == 1:
                return _n[7](self._addr, start, max(stop - start, 0))
            data = _n[7](self._addr, 0, self._size)
            return bytes([data[i] for i in range(start, stop, step)])
        if not hasattr(type(item), '__index__'):
            raise TypeError("mmap indices must be integers")
        i = _index(item)
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError("mmap index out of range")
        return _n[7](self._addr, i, 1)[0]

    def __setitem__(self, item, value):
        self._check()
        if isinstance(item, slice):
            start, stop, step = item.indices(self._size)
            value = _bytes_like(value)
            count = len(range(start, stop, step))
            self._check_writable()
            if len(value) != count:
                raise IndexError("mmap slice assignment is wrong size")
            if count == 0:
                return
            if step == 1:
                _n[8](self._addr, start, value)
                return
            for j, i in enumerate(range(start, stop, step)):
                _n[8](self._addr, i, bytes((value[j],)))
            return
        if not hasattr(type(item), '__index__'):
            raise TypeError("mmap indices must be integer")
        i = _index(item)
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError("mmap index out of range")
        if not hasattr(type(value), '__index__'):
            raise TypeError("mmap item value must be an int")
        v = _index(value)
        if not 0 <= v <= 255:
            raise ValueError("mmap item value must be in range(0, 256)")
        self._check_writable()
        _n[8](self._addr, i, bytes((v,)))

    def __delitem__(self, item):
        raise TypeError("mmap doesn't support item deletion")

    def read_byte(self):
        self._check()
        if self._pos >= self._size:
            raise ValueError("read byte out of range")
        b = _n[7](self._addr, self._pos, 1)[0]
        self._pos += 1
        return b

    def readline(self):
        self._check()
        remaining = self._size - self._pos if self._pos < self._size else 0
        if remaining == 0:
            return b''
        i = _n[9](self._addr, self._pos, self._size, b'\n', 0)
        n = remaining if i < 0 else i + 1 - self._pos
        data = _n[7](self._addr, self._pos, n)
        self._pos += n
        return data

    def read(self, n=None):
        if n is None:
            n = -1
        elif not hasattr(type(n), '__index__'):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(n).__name__)
        else:
            n = _ssize(n)
        self._check()
        remaining = self._size - self._pos if self._pos < self._size else 0
        if n < 0 or n > remaining:
            n = remaining
        data = _n[7](self._addr, self._pos, n)
        self._pos += n
        return data

    def _gfind(self, sub, start, end, reverse):
        sub = _bytes_like(sub)
        start = self._pos if start is _MISSING else _ssize(start)
        end = self._size if end is _MISSING else _ssize(end)
        self._check()
        start = _clamp(start, self._size)
        end = _clamp(end, self._size)
        return _n[9](self._addr, start, end, sub, 1 if reverse else 0)

    def find(self, sub, start=_MISSING, end=_MISSING, /):
        return self._gfind(sub, start, end, False)

    def rfind(self, sub, start=_MISSING, end=_MISSING, /):
        return self._gfind(sub, start, end, True)

    def seek(self, dist, how=0, /):
        dist = _ssize(dist)
        how = _index(how)
        self._check()
        if how == 0:
            where = dist
        elif how == 1:
            where = self._pos + dist
        elif how == 2:
            where = self._size + dist
        else:
            raise ValueError("unknown seek type")
        if where > self._size or where < 0:
            raise ValueError("seek out of range")
        self._pos = where

    def tell(self):
        self._check()
        return self._pos

    def size(self):
        self._check()
        return _n[0](self._fd)[0]

    def write(self, bytes, /):
        data = _bytes_like(bytes)
        self._check()
        self._check_writable()
        n = len(data) if not isinstance(data, memoryview) else data.nbytes
        if self._pos > self._size or self._size - self._pos < n:
            raise ValueError("data out of range")
        _n[8](self._addr, self._pos, data)
        self._pos += n
        return n

    def write_byte(self, byte, /):
        value = _index(byte)
        if value < 0:
            raise OverflowError("unsigned byte integer is less than minimum")
        if value > 255:
            raise OverflowError("unsigned byte integer is greater than maximum")
        self._check()
        self._check_writable()
        if self._pos < self._size:
            _n[8](self._addr, self._pos, b'%c' % value)
            self._pos += 1
            return None
        raise ValueError("write byte out of range")

    def flush(self, offset=0, size=None, /):
        offset = _ssize(offset)
        self._check()
        size = self._size if size is None else _ssize(size)
        if size < 0 or offset < 0 or self._size - offset < size:
            raise ValueError("flush values out of range")
        if self._access in (ACCESS_READ, ACCESS_COPY):
            return None
        if size:
            _n[10](self._addr + offset, size)
        elif offset % PAGESIZE:
            raise OSError(22, 'Invalid argument')
        return None

    def madvise(self, option, start=0, length=None, /):
        option = _index(option)
        start = _ssize(start)
        self._check()
        if start < 0 or start >= self._size:
            raise ValueError("madvise start out of bounds")
        if length is None:
            length = self._size - start
        else:
            length = _ssize(length)
            if length < 0:
                raise ValueError("madvise length invalid")
        if _SSIZE_MAX - start < length:
            raise OverflowError("madvise length too large")
        if start + length > self._size:
            length = self._size - start
        _n[11](self._addr + start, length, option)

    def move(self, dest, src, count, /):
        dest = _ssize(dest)
        src = _ssize(src)
        count = _ssize(count)
        self._check()
        self._check_writable()
        if (dest < 0 or src < 0 or count < 0 or self._size - dest < count
                or self._size - src < count):
            raise ValueError("source, destination, or count out of range")
        _n[12](self._addr, dest, src, count)

    def resize(self, newsize, /):
        new_size = _ssize(newsize)
        self._check()
        if self._access not in (ACCESS_WRITE, ACCESS_DEFAULT):
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        if new_size < 0 or _SSIZE_MAX - new_size < self._offset:
            raise ValueError("new size out of range")
        if self._fd != -1:
            _n[3](self._fd, self._offset + new_size)
        self._addr = _n[6](self._addr, self._size, new_size)
        self._size = new_size

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'mmap.mmap' object")


mmap.__module__ = 'mmap'
_sys._c_layout(mmap, 80, False, True)
