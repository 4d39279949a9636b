"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

# refpy's own `struct`: CPython's `_struct` C module, written over the natives of
# modules/structmod.rs (`_calcsize`, `_pack`, `_pack_into`, `_unpack`), which parse the
# formats and do the byte work with CPython's messages. This file keeps the objects and
# the argument and buffer checks. `Struct` and the unpack iterator report the C structs'
# sizes (`__sizeof__`) and are named by their C `tp_name` in messages (`_c_type_name`).

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]


class error(Exception):
    pass


# sizeof(PyStructObject) and sizeof(formatcode) on 64-bit CPython 3.11.
_STRUCT_BASICSIZE = 56
_FORMATCODE_SIZE = 32
_UNPACKITER_SIZE = 112
_MAXCACHE = 100


from _getset import ReadOnly as _ReadOnly


def _format_bytes(format):
    if isinstance(format, str):
        return format.encode('ascii')
    if isinstance(format, bytes):
        return bytes(format)
    raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                    % type(format).__name__)


def _readable(buffer):
    """The bytes-like object the natives read for `buffer`, and its length in bytes."""
    if isinstance(buffer, (bytes, bytearray)):
        return buffer, len(buffer)
    if isinstance(buffer, memoryview):
        return buffer, buffer.nbytes
    data = _array_data(buffer)
    if data is not None:
        return data, len(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def _array_data(buffer):
    """The bytearray holding an `array.array`'s items, or None for other objects."""
    import sys
    array = sys.modules.get('array')
    if array is not None and isinstance(buffer, array.array):
        return array._data_of(buffer)
    return None


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object

"""

    __module__ = '_struct'
    __slots__ = ('_fmt', '_size', '_nitems', '_ncodes', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._fmt = b''
        self._size = 0
        self._nitems = 0
        self._ncodes = 0
        return self

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('Struct() takes at most 1 argument (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            format = args[0]
        elif 'format' in kwargs:
            format = kwargs['format']
        else:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        fmt = _format_bytes(format)
        self._fmt = fmt
        self._size, self._nitems, self._ncodes = _calcsize(error, fmt)

    format = _ReadOnly('format', lambda s: s._fmt.decode('utf-8', 'surrogateescape'), '_struct.Struct')
    size = _ReadOnly('size', lambda s: s._size, '_struct.Struct')

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
        if len(args) != self._nitems:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nitems, len(args)))
        return _pack(error, self._fmt, args)

    def pack_into(self, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
        if len(args) != self._nitems + 2:
            if not args:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nitems, len(args) - 2))
        buffer, offset = args[0], args[1]
        values = args[2:]
        if isinstance(buffer, bytearray):
            target = buffer
            length = len(buffer)
        else:
            target = _array_data(buffer)
            if target is not None:
                length = len(target)
            elif isinstance(buffer, memoryview) and not buffer.readonly:
                length = buffer.nbytes
            else:
                raise TypeError('argument must be read-write bytes-like object, not %s'
                                % type(buffer).__name__)
        offset = _index(offset)
        size = self._size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, length))
        if target is not None:
            _pack_into(error, self._fmt, target, offset, values)
        else:
            data = _pack(error, self._fmt, values)
            buffer.cast('B')[offset:offset + size] = data

    def unpack(self, buffer, /):
        """Return a tuple containing unpacked values.

Unpack according to the format string Struct.format. The buffer's size
in bytes must be Struct.size.

See help(struct) for more on format strings."""
        data, length = _readable(buffer)
        if length != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return _unpack(error, self._fmt, data, 0)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple containing unpacked values.

Values are unpacked according to the format string Struct.format.

The buffer's size in bytes, starting at position offset, must be
at least Struct.size.

See help(struct) for more on format strings."""
        data, length = _readable(buffer)
        offset = _index(offset)
        size = self._size
        if offset < 0:
            if offset + size > 0:
                raise error('not enough data to unpack %d bytes at offset %d'
                            % (size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking '
                        '%d bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, length))
        return _unpack(error, self._fmt, data, offset)

    def iter_unpack(self, buffer, /):
        """Return an iterator yielding tuples.

Tuples are unpacked from the given bytes source, like a repeated
invocation of unpack_from().

Requires that the bytes length be a multiple of the struct size."""
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        data, length = _readable(buffer)
        if length % self._size != 0:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self._size)
        it = object.__new__(unpack_iterator)
        it._struct = self
        it._buffer = data
        it._length = length
        it._index = 0
        return it

    def __sizeof__(self):
        """S.__sizeof__() -> size of S in memory, in bytes"""
        return _STRUCT_BASICSIZE + _FORMATCODE_SIZE * (self._ncodes + 1)



class unpack_iterator:
    __module__ = '_struct'
    __slots__ = ('_struct', '_buffer', '_length', '_index')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_struct.unpack_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        s = self._struct
        if s is None:
            raise StopIteration
        if self._index >= self._length:
            self._struct = None
            self._buffer = None
            raise StopIteration
        result = _unpack(error, s._fmt, self._buffer, self._index)
        self._index += s._size
        return result

    def __length_hint__(self):
        s = self._struct
        if s is None:
            return 0
        return (self._length - self._index) // s._size

    def __sizeof__(self):
        return _UNPACKITER_SIZE


_c_type_name(Struct)
_c_type_name(unpack_iterator)

_cache = {}


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _struct(format):
    s = _cache.get(format)
    if s is None:
        s = Struct(format)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[format] = s
    return s


def calcsize(*args, **kwargs):
    """Return size in bytes of the struct described by the format string."""
    if kwargs:
        raise TypeError('_struct.calcsize() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument (%d given)'
                        % len(args))
    return _struct(args[0])._size


def pack(*args, **kwargs):
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    if kwargs:
        raise TypeError('_struct.pack() takes no keyword arguments')
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args, **kwargs):
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
    if kwargs:
        raise TypeError('_struct.pack_into() takes no keyword arguments')
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack_into(*args[1:])


def unpack(*args, **kwargs):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
    if kwargs:
        raise TypeError('unpack() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer=None, offset=0, **kwargs):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
    if kwargs:
        raise TypeError("unpack_from() got an unexpected keyword argument '%s'"
                        % next(iter(kwargs)))
    if buffer is None:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(*args, **kwargs):
    """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
    if kwargs:
        raise TypeError('iter_unpack() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return _struct(args[0]).iter_unpack(args[1])
