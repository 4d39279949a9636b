"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

# refpy's own zlib: the streams themselves are computed by the native half (zlib.rs),
# which keeps each stream's state in a bytearray; this half binds arguments with
# Argument Clinic's messages and raises zlib's errors as CPython 3.11's zlibmodule.c.

__version__ = '1.0'

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_RUNTIME_VERSION = '1.2.13'
ZLIB_VERSION = '1.2.13'
Z_BEST_COMPRESSION = 9
Z_BEST_SPEED = 1
Z_BLOCK = 5
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_FINISH = 4
Z_FIXED = 4
Z_FULL_FLUSH = 3
Z_HUFFMAN_ONLY = 2
Z_NO_COMPRESSION = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_RLE = 3
Z_SYNC_FLUSH = 2
Z_TREES = 6


class error(Exception):
    pass


def _make(native):
    (n_crc32, n_adler32, n_compress, n_deflate_new, n_deflate_compress,
     n_deflate_flush, n_deflate_ok, n_decompress, n_inflate_new,
     n_inflate_decompress, n_inflate_flush, n_inflate_ok) = native

    _MISSING = object()

    def bind(fname, args, kwargs, posonly, names, defaults):
        """Bind a call as Argument Clinic's `_PyArg_UnpackKeywords` does.

        `posonly` is the number of leading positional-only parameters among `names`;
        `defaults` holds the defaults of the trailing optional ones."""
        nargs = len(args)
        maxargs = len(names)
        required = maxargs - len(defaults)
        if nargs + len(kwargs) > maxargs:
            raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                            % (fname, maxargs, 'keyword ' if nargs == 0 else '',
                               '' if maxargs == 1 else 's', nargs + len(kwargs)))
        minposonly = min(required, posonly)
        if nargs < minposonly:
            raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                            % (fname, 'at least' if minposonly < maxargs else 'exactly',
                               minposonly, '' if minposonly == 1 else 's', nargs))
        values = list(args)
        used = 0
        for i in range(nargs, maxargs):
            name = names[i]
            if i >= posonly and name in kwargs:
                values.append(kwargs[name])
                used += 1
            elif i < required:
                raise TypeError("%s() missing required argument '%s' (pos %d)"
                                % (fname, name, i + 1))
            else:
                values.append(defaults[i - required])
        if used < len(kwargs):
            for key in kwargs:
                if key not in names[posonly:]:
                    raise TypeError("'%s' is an invalid keyword argument for %s()"
                                    % (key, fname))
                if names.index(key) < nargs:
                    raise TypeError("argument for %s() given by name ('%s') and "
                                    "position (%d)" % (fname, key, names.index(key) + 1))
        return values

    def index(value):
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        try:
            meth = type(value).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
        return int(meth(value))

    def c_int(value):
        v = index(value)
        if not -2**31 <= v < 2**31:
            raise OverflowError('Python int too large to convert to C int')
        return v

    def c_ssize(value):
        v = index(value)
        if not -2**63 <= v < 2**63:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return v

    def buffer(obj):
        if isinstance(obj, (bytes, bytearray)):
            return obj
        try:
            memoryview(obj)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(obj).__name__) from None
        return obj

    def zerror(code, where, msg):
        if msg is None:
            msg = {-5: 'incomplete or truncated stream', -2: 'inconsistent stream state',
                   -3: 'invalid input data'}.get(code)
        if msg is None:
            return error('Error %d %s' % (code, where))
        return error('Error %d %s: %.200s' % (code, where, msg))

    def noargs(fname, args, kwargs):
        if args or kwargs:
            raise TypeError('%s() takes no arguments' % fname)

    class Native:
        """What the C types show: `zlib.X` in attribute errors, no private names."""
        __slots__ = ()

        def __getattr__(self, name):
            raise AttributeError("'zlib.%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))

        def __setattr__(self, name, value):
            if name.startswith('_') and not name.startswith('__') \
                    and name in type(self).__slots__:
                object.__setattr__(self, name, value)
                return
            if hasattr(type(self), name):
                object.__setattr__(self, name, value)
                return
            raise AttributeError("'zlib.%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))

        def __reduce_ex__(self, protocol):
            raise TypeError("cannot pickle 'zlib.%s' object" % type(self).__name__)

        def __dir__(self):
            return sorted(n for n in object.__dir__(self)
                          if not (n.startswith('_') and not n.startswith('__')))

    class ReadOnly:
        """A read-only member, as `PyMemberDef` with READONLY."""

        def __init__(self, slot):
            self.slot = slot

        def __get__(self, obj, owner=None):
            if obj is None:
                return self
            return getattr(obj, self.slot)

        def __set__(self, obj, value):
            raise AttributeError('readonly attribute')

        def __delete__(self, obj):
            raise AttributeError('readonly attribute')

    class Compress(Native):
        __slots__ = ('_st',)

        def __new__(cls, *args, **kwargs):
            raise TypeError("cannot create 'zlib.Compress' instances")

        def compress(self, *args, **kwargs):
            """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.

After calling this function, some of the input data may still
be stored in internal buffers for later processing.
Call the flush() method to clear these buffers."""
            data, = bind('compress', args, kwargs, 1, ('data',), ())
            data = buffer(data)
            r = n_deflate_compress(self._st, data)
            if isinstance(r, tuple):
                raise zerror(r[0], 'while compressing data', r[1])
            return r

        def flush(self, *args, **kwargs):
            """Return a bytes object containing any remaining compressed data.

  mode
    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.
    If mode == Z_FINISH, the compressor object can no longer be
    used after calling the flush() method.  Otherwise, more data
    can still be compressed."""
            mode, = bind('flush', args, kwargs, 1, ('mode',), (Z_FINISH,))
            mode = c_int(mode)
            if mode == Z_NO_FLUSH:
                return b''
            r = n_deflate_flush(self._st, mode)
            if isinstance(r, tuple):
                raise zerror(r[0], 'while flushing', r[1])
            return r

        def copy(self, *args, **kwargs):
            """Return a copy of the compression object."""
            noargs('copy', args, kwargs)
            if not n_deflate_ok(self._st):
                raise ValueError('Inconsistent stream state')
            new = object.__new__(Compress)
            new._st = bytearray(self._st)
            return new

        def __copy__(self, *args, **kwargs):
            noargs('__copy__', args, kwargs)
            return self.copy()

        def __deepcopy__(self, *args, **kwargs):
            bind('__deepcopy__', args, kwargs, 1, ('memo',), ())
            return self.copy()

    class Decompress(Native):
        __slots__ = ('_st', '_zdict', '_unused_data', '_unconsumed_tail', '_eof')

        def __new__(cls, *args, **kwargs):
            raise TypeError("cannot create 'zlib.Decompress' instances")

        unused_data = ReadOnly('_unused_data')
        unconsumed_tail = ReadOnly('_unconsumed_tail')
        eof = ReadOnly('_eof')

        def _save(self, data, used, eof):
            """CPython's `save_unconsumed_input`."""
            left = len(data) - used
            if eof and left > 0:
                self._unused_data = self._unused_data + bytes(data[used:])
                left = 0
            if left > 0 or len(self._unconsumed_tail):
                self._unconsumed_tail = bytes(data[used:])

        def decompress(self, *args, **kwargs):
            """Return a bytes object containing the decompressed version of the data.

  data
    The binary data to decompress.
  max_length
    The maximum allowable length of the decompressed data.
    Unconsumed input data will be stored in
    the unconsumed_tail attribute.

After calling this function, some of the input data may still be stored in
internal buffers for later processing.
Call the flush() method to clear these buffers."""
            data, max_length = bind('decompress', args, kwargs, 1,
                                    ('data', 'max_length'), (0,))
            data = buffer(data)
            max_length = c_ssize(max_length)
            if max_length < 0:
                raise ValueError('max_length must be non-negative')
            if not isinstance(data, bytes):
                data = bytes(data)
            out, (code, msg), where, used, eof = n_inflate_decompress(
                self._st, data, max_length, self._zdict)
            if where == 'while setting zdict':
                raise zerror(code, where, msg)
            self._save(data, used, eof)
            if eof:
                self._eof = True
            if code:
                raise zerror(code, where, msg)
            return out

        def flush(self, *args, **kwargs):
            """Return a bytes object containing any remaining decompressed data.

  length
    the initial size of the output buffer."""
            length, = bind('flush', args, kwargs, 1, ('length',), (DEF_BUF_SIZE,))
            length = c_ssize(length)
            if length <= 0:
                raise ValueError('length must be greater than zero')
            data = self._unconsumed_tail
            out, (code, msg), where, used, eof = n_inflate_flush(
                self._st, data, self._zdict, length)
            if code:
                raise zerror(code, where, msg)
            self._save(data, used, eof)
            if eof:
                self._eof = True
            return out

        def copy(self, *args, **kwargs):
            """Return a copy of the decompression object."""
            noargs('copy', args, kwargs)
            if not n_inflate_ok(self._st):
                raise ValueError('Inconsistent stream state')
            new = object.__new__(Decompress)
            new._st = bytearray(self._st)
            new._zdict = self._zdict
            new._unused_data = self._unused_data
            new._unconsumed_tail = self._unconsumed_tail
            new._eof = self._eof
            return new

        def __copy__(self, *args, **kwargs):
            noargs('__copy__', args, kwargs)
            return self.copy()

        def __deepcopy__(self, *args, **kwargs):
            bind('__deepcopy__', args, kwargs, 1, ('memo',), ())
            return self.copy()

    for cls in (Compress, Decompress):
        cls.__module__ = 'zlib'
        cls.__qualname__ = cls.__name__
        for name, f in list(vars(cls).items()):
            if callable(f) and hasattr(f, '__qualname__'):
                f.__qualname__ = cls.__name__ + '.' + name

    def adler32(*args, **kwargs):
        """Compute an Adler-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
        if kwargs:
            raise TypeError('zlib.adler32() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError('adler32 expected %s %d argument%s, got %d'
                            % ('at least' if not args else 'at most',
                               1 if not args else 2, '' if not args else 's',
                               len(args)))
        data = buffer(args[0])
        value = index(args[1]) & 0xffffffff if len(args) > 1 else 1
        return n_adler32(data, value)

    def crc32(*args, **kwargs):
        """Compute a CRC-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
        if kwargs:
            raise TypeError('zlib.crc32() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError('crc32 expected %s %d argument%s, got %d'
                            % ('at least' if not args else 'at most',
                               1 if not args else 2, '' if not args else 's',
                               len(args)))
        data = buffer(args[0])
        value = index(args[1]) & 0xffffffff if len(args) > 1 else 0
        return n_crc32(data, value)

    def compress(*args, **kwargs):
        """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.
  level
    Compression level, in 0-9 or -1.
  wbits
    The window buffer size and container format."""
        data, level, wbits = bind('compress', args, kwargs, 1,
                                  ('data', 'level', 'wbits'),
                                  (Z_DEFAULT_COMPRESSION, MAX_WBITS))
        data = buffer(data)
        level = c_int(level)
        wbits = c_int(wbits)
        r = n_compress(data, level, wbits)
        if isinstance(r, int):
            raise error('Bad compression level')
        if isinstance(r, tuple):
            raise zerror(r[0], 'while compressing data', r[1])
        return r

    def decompress(*args, **kwargs):
        """Returns a bytes object containing the uncompressed data.

  data
    Compressed data.
  wbits
    The window buffer size and container format.
  bufsize
    The initial output buffer size."""
        data, wbits, bufsize = bind('decompress', args, kwargs, 1,
                                    ('data', 'wbits', 'bufsize'),
                                    (MAX_WBITS, DEF_BUF_SIZE))
        data = buffer(data)
        wbits = c_int(wbits)
        bufsize = c_ssize(bufsize)
        if bufsize < 0:
            raise ValueError('bufsize must be non-negative')
        r = n_decompress(data, wbits, bufsize)
        if isinstance(r, tuple):
            (code, msg), where = r
            raise zerror(code, where, msg)
        return r

    def compressobj(*args, **kwargs):
        """Return a compressor object.

  level
    The compression level (an integer in the range 0-9 or -1; default is
    currently equivalent to 6).  Higher compression levels are slower,
    but produce smaller results.
  method
    The compression algorithm.  If given, this must be DEFLATED.
  wbits
    +9 to +15: The base-two logarithm of the window size.  Include a zlib
        container.
    -9 to -15: Generates raw compressed data with no header or trailer.
    +25 to +31: Include a gzip container.
  memLevel
    Controls the amount of memory used for internal compression state.
    Valid values range from 1 to 9.  Higher values result in higher memory
    usage, faster compression, and smaller output.
  strategy
    Used to tune the compression algorithm.  Possible values are
    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.
  zdict
    The predefined compression dictionary - a sequence of bytes
    containing subsequences that are likely to occur in the input data."""
        level, method, wbits, memlevel, strategy, zdict = bind(
            'compressobj', args, kwargs, 0,
            ('level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'),
            (Z_DEFAULT_COMPRESSION, DEFLATED, MAX_WBITS, DEF_MEM_LEVEL,
             Z_DEFAULT_STRATEGY, _MISSING))
        level = c_int(level)
        method = c_int(method)
        wbits = c_int(wbits)
        memlevel = c_int(memlevel)
        strategy = c_int(strategy)
        if zdict is not _MISSING:
            zdict = buffer(zdict)
        else:
            zdict = None
        st = n_deflate_new(level, method, wbits, memlevel, strategy, zdict)
        if st == -2:
            raise ValueError('Invalid initialization option')
        if st == -1:
            raise ValueError('Invalid dictionary')
        obj = object.__new__(Compress)
        obj._st = st
        return obj

    def decompressobj(*args, **kwargs):
        """Return a decompressor object.

  wbits
    The window buffer size and container format.
  zdict
    The predefined compression dictionary.  This must be the same
    dictionary as used by the compressor that produced the input data."""
        wbits, zdict = bind('decompressobj', args, kwargs, 0, ('wbits', 'zdict'),
                            (MAX_WBITS, _MISSING))
        wbits = c_int(wbits)
        if zdict is _MISSING:
            zdict = None
        else:
            try:
                memoryview(zdict)
            except TypeError:
                raise TypeError('zdict argument must support the buffer protocol') from None
        st = n_inflate_new(wbits, zdict)
        if st == -2:
            raise ValueError('Invalid initialization option')
        if isinstance(st, tuple):
            raise zerror(st[0], 'while setting zdict', st[1])
        obj = object.__new__(Decompress)
        obj._st = st
        obj._zdict = zdict
        obj._unused_data = b''
        obj._unconsumed_tail = b''
        obj._eof = False
        return obj

    for f in (adler32, crc32, compress, decompress, compressobj, decompressobj):
        f.__module__ = 'zlib'
        f.__qualname__ = f.__name__
    return adler32, crc32, compress, decompress, compressobj, decompressobj


adler32, crc32, compress, decompress, compressobj, decompressobj = _make(
    (_crc32, _adler32, _compress, _deflate_new, _deflate_compress, _deflate_flush,
     _deflate_ok, _decompress, _inflate_new, _inflate_decompress, _inflate_flush,
     _inflate_ok))
del (_make, _crc32, _adler32, _compress, _deflate_new, _deflate_compress,
     _deflate_flush, _deflate_ok, _decompress, _inflate_new, _inflate_decompress,
     _inflate_flush, _inflate_ok)
