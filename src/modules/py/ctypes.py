"""ctypes: C data types over refpy's heap.

refpy cannot load shared libraries nor call foreign code, so this module models
C memory in pure Python, as CPython 3.11 on 64-bit Linux lays it out:

* every ctypes instance is a view on a memory block (a `bytearray`, or the
  writable buffer given to `from_buffer`) at some offset; fields, array items,
  `from_buffer` and `from_address` views share their block;
* each block gets a fake address of its own in a range where no real object
  can live (non-canonical on x86-64), so `addressof`, pointers, `cast`,
  `memmove` and friends resolve addresses to blocks first;
* any other address is taken for `id()` of a live object: its first word reads
  as the reference count CPython would show (`_refcnt_at`, set by the native
  half), its second as `id(type(obj))`, everything else as zeros, and writes
  there are ignored.  So `c_long.from_address(id(obj)).value` and
  `cast(id(obj), py_object).value` work as memory tutorials expect.

`CDLL` & co. can be built, but looking a function up raises OSError; functions
made by `CFUNCTYPE` from Python callables can be called (arguments and result
go through the declared C types, as when C calls them back).

Not modelled: BigEndianStructure/BigEndianUnion, the `_objects` attribute,
the buffer protocol of instances (bytes(x) works, memoryview(x) does not),
`from_param` conversions of CPython (it returns an instance here), and
loading libraries (CDLL lookups raise OSError).
"""

import struct as _struct
import sys as _sys
import weakref as _weakref
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right

__version__ = "1.1.0"
_ctypes_version = __version__

DEFAULT_MODE = 0
RTLD_LOCAL = 0
RTLD_GLOBAL = 256
_FUNCFLAG_CDECL = 1
_FUNCFLAG_PYTHONAPI = 4
_FUNCFLAG_USE_ERRNO = 8
_FUNCFLAG_USE_LASTERROR = 16

_MISSING = object()
_ADDRESS_MASK = (1 << 64) - 1


class ArgumentError(Exception):
    """A foreign function argument could not be converted."""


ArgumentError.__module__ = 'ctypes'

# ---------------------------------------------------------------------------
# The simple types: one table of type codes, their struct format (native),
# size and alignment on x86-64 Linux.

_SIMPLE_TYPES = {
    '?': ('?', 1, 1), 'c': ('c', 1, 1),
    'b': ('b', 1, 1), 'B': ('B', 1, 1),
    'h': ('h', 2, 2), 'H': ('H', 2, 2),
    'i': ('i', 4, 4), 'I': ('I', 4, 4),
    'l': ('l', 8, 8), 'L': ('L', 8, 8),
    'q': ('q', 8, 8), 'Q': ('Q', 8, 8),
    'f': ('f', 4, 4), 'd': ('d', 8, 8),
    'g': ('d', 16, 16),         # long double: 16 bytes, value kept as a double
    'u': ('I', 4, 4),           # wchar_t: one UTF-32 code unit
    'z': ('P', 8, 8),           # char *
    'Z': ('P', 8, 8),           # wchar_t *
    'P': ('P', 8, 8),           # void *
    'O': ('P', 8, 8),           # PyObject *
}
_INTEGER_CODES = 'bBhHiIlLqQ'
_BITFIELD_CODES = _INTEGER_CODES + '?'
_POINTER_CODES = 'zZPO'
_KNOWN_CODES = 'cbBhHiIlLdfuzZqQPXOv?g'   # as CPython lists them (X, v: Windows)


def _index(value):
    """operator.index, spelled out (refpy's ignores a class's __index__)."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _wrap(value, size, signed):
    """C's conversion of an integer to a `size`-byte (un)signed integer."""
    bits = size * 8
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


def _encode_wide(text):
    """`text` as NUL-less wchar_t units."""
    return _struct.pack(f'{len(text)}I', *map(ord, text))


def _decode_wide(data):
    return ''.join(map(chr, _struct.unpack(f'{len(data) // 4}I', data)))


# ---------------------------------------------------------------------------
# The memory model.

_ADDRESS_SPACE = 1 << 60        # non-canonical: never the id() of an object
_next_address = _ADDRESS_SPACE
_bases = []                     # sorted base addresses of the live blocks
_blocks = {}                    # base address -> weakref to its _Block
_buffer_blocks = {}             # id(exporter) -> weakref to its from_buffer block


class _Block:
    """C memory that Python owns: `buf` (bytearray or writable memoryview), its
    fake address `base`, and `keep`, the objects its pointers keep alive
    (CPython's `_objects`), keyed by the offset of the pointer."""

    __slots__ = ('buf', 'base', 'keep', 'source', '__weakref__')

    def __init__(self, buf, source=None):
        global _next_address
        self.buf = buf
        self.keep = {}
        self.source = source
        self.base = base = _next_address
        # Blocks never move nor share an address; a gap keeps them apart.
        _next_address += (len(buf) + 31) & ~15
        _bases.append(base)
        key = None if source is None else id(source)
        _blocks[base] = _weakref.ref(self, lambda _r: _forget(base, key))

    # Accesses running past the end see zeros there and write nothing there:
    # what lies beyond a C object is unspecified, but must not crash.
    def read(self, ofs, size):
        data = bytes(self.buf[ofs:ofs + size])
        return data + bytes(size - len(data))

    def write(self, ofs, data):
        data = data[:max(0, len(self.buf) - ofs)]
        self.buf[ofs:ofs + len(data)] = data

    def cstring(self, ofs, unit):
        """The bytes from `ofs` up to a NUL unit (or the end of the block)."""
        data = bytes(self.buf[ofs:])
        for end in range(0, len(data) - unit + 1, unit):
            if not any(data[end:end + unit]):
                return data[:end]
        return data[:len(data) - len(data) % unit]


def _forget(base, source_key):
    del _blocks[base]
    del _bases[_bisect_left(_bases, base)]
    if source_key is not None:
        ref = _buffer_blocks.get(source_key)
        if ref is not None and ref() is None:
            del _buffer_blocks[source_key]


class _ObjectMemory:
    """What CPython shows at an address outside ctypes blocks, taken for the id
    of a live object: ob_refcnt, then ob_type, then zeros.  Read-only: writes
    (even to a reference count) are ignored."""

    __slots__ = ('base', 'keep')

    def __init__(self, base):
        self.base = base
        self.keep = {}

    @staticmethod
    def _word(address):
        if not 0 < address < 1 << 64:
            return 0
        count = _refcnt_at(address)
        if count:
            return count
        found = _object_at(address - 8)
        return id(type(found[0])) if found else 0

    def read(self, ofs, size):
        start = self.base + ofs
        first = start - start % 8
        data = b''.join(_struct.pack('Q', self._word(word) & _ADDRESS_MASK)
                        for word in range(first, start + size, 8))
        return data[start - first:start - first + size]

    def write(self, ofs, data):
        pass

    def cstring(self, ofs, unit):
        data = b''
        while len(data) < 1 << 16:
            chunk = self.read(ofs + len(data), unit)
            if not any(chunk):
                break
            data += chunk
        return data


def _locate(address, size=1):
    """(memory, offset) where `address` points: the ctypes block it falls in
    (a zero-sized access may sit at its very end), else object memory."""
    i = _bisect_right(_bases, address) - 1
    if i >= 0:
        base = _bases[i]
        block = _blocks[base]()
        ofs = address - base
        if block is not None and (ofs < len(block.buf) or ofs == len(block.buf) and not size):
            return block, ofs
    return _ObjectMemory(address), 0


def _read(address, size):
    mem, ofs = _locate(address, size)
    return mem.read(ofs, size)


def _write(address, data):
    mem, ofs = _locate(address, len(data))
    mem.write(ofs, data)


def _copy_keeps(src, src_ofs, dst, dst_ofs, size):
    """Copy what a memory range keeps alive along with its bytes."""
    for ofs in [o for o in dst.keep if isinstance(o, int) and dst_ofs <= o < dst_ofs + size]:
        del dst.keep[ofs]
    for ofs, obj in list(src.keep.items()):
        if isinstance(ofs, int) and src_ofs <= ofs < src_ofs + size:
            dst.keep[dst_ofs + ofs - src_ofs] = obj


def _copy_from(inst, mem, ofs):
    size = sizeof(inst)
    mem.write(ofs, inst._mem.read(inst._ofs, size))
    _copy_keeps(inst._mem, inst._ofs, mem, ofs, size)


def _string_block(data, source):
    """A block holding a NUL-terminated copy of `data`, keeping `source` alive."""
    block = _Block(bytearray(data))
    block.keep[-1] = source
    return block


# ---------------------------------------------------------------------------
# Loading and storing simple values.

def _load(code, mem, ofs):
    fmt, size, _ = _SIMPLE_TYPES[code]
    raw = _struct.unpack(fmt, mem.read(ofs, _struct.calcsize(fmt)))[0]
    if code == 'u':
        return chr(raw)
    if code in _POINTER_CODES:
        if code == 'O':
            return _object_from(mem, ofs, raw)
        if not raw:
            return None
        if code == 'z':
            return string_at(raw)
        if code == 'Z':
            return wstring_at(raw)
    return raw


def _object_from(mem, ofs, address):
    """The object a PyObject * at mem[ofs] points to."""
    kept = mem.keep.get(ofs, _MISSING)
    if kept is not _MISSING and id(kept) == address:
        return kept
    found = _object_at(address) if address else ()
    if not found:
        raise ValueError("PyObject is NULL")
    return found[0]


def _real(value):
    if isinstance(value, float):
        return value
    kind = type(value)
    if hasattr(kind, '__float__'):
        return float(value)
    if hasattr(kind, '__index__'):
        return float(_index(value))
    raise TypeError(f"must be real number, not {kind.__name__}")


def _store(code, mem, ofs, value):
    fmt, size, _ = _SIMPLE_TYPES[code]
    if code in _INTEGER_CODES:
        raw = _wrap(_index(value), size, code.islower())
    elif code == '?':
        raw = bool(value)
    elif code == 'c':
        raw = _char_value(value)
    elif code == 'u':
        if not isinstance(value, str):
            raise TypeError(f"unicode string expected instead of {type(value).__name__} instance")
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        raw = ord(value)
    elif code in 'fdg':
        raw = _real(value)
        if code == 'f':
            try:
                _struct.pack('f', raw)
            except OverflowError:           # C rounds to infinity
                raw = raw * float('inf')
    else:
        raw = _store_pointer(code, mem, ofs, value)
    mem.write(ofs, _struct.pack(fmt, raw))


def _char_value(value):
    if isinstance(value, (bytes, bytearray)) and len(value) == 1:
        return bytes(value)
    if isinstance(value, int) and 0 <= value < 256:
        return bytes((value,))
    raise TypeError("one character bytes, bytearray or integer expected")


def _store_pointer(code, mem, ofs, value):
    """The address to store for a pointer-like simple value, noting in the
    block what must stay alive for it."""
    mem.keep.pop(ofs, None)
    if code == 'O':
        mem.keep[ofs] = value
        return id(value)
    if value is None:
        return 0
    if isinstance(value, int):
        return value & _ADDRESS_MASK
    kind = type(value).__name__
    if code == 'z':
        if not isinstance(value, bytes):
            raise TypeError(f"bytes or integer address expected instead of {kind} instance")
        block = _string_block(value + b'\0', value)
    elif code == 'Z':
        if not isinstance(value, str):
            raise TypeError(f"unicode string or integer address expected instead of {kind} instance")
        block = _string_block(_encode_wide(value + '\0'), value)
    else:
        raise TypeError("cannot be converted to pointer")
    mem.keep[ofs] = block
    return block.base


# ---------------------------------------------------------------------------
# Metaclasses: what CPython keeps in a type's StgDict lives in class attributes
# (_ct_size_, _ct_align_, ...) and type-level behaviour in these methods.

def _caller_module(depth):
    """__name__ of the module `depth` frames up: new ctypes types get it as
    __module__, as CPython's C code gives them its caller's module."""
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', 'ctypes')
    except (AttributeError, ValueError):
        return 'ctypes'


def _has_size(cls):
    return isinstance(cls, _CDataType) and hasattr(cls, '_ct_size_')


def _finalize(cls):
    """Fields of a structure become final once it is used for data."""
    if isinstance(cls, _StructType):
        type.__setattr__(cls, '_ct_final_', True)


class _CDataType(type):
    """What all ctypes types share: arrays of them, and instances made over
    existing memory."""

    def _ct_check(cls):
        if not hasattr(cls, '_ct_size_'):
            raise TypeError("abstract class")

    def _ct_view(cls, mem, ofs, base=None):
        """An instance of `cls` over mem[ofs:], without running __init__."""
        self = object.__new__(cls)
        self._mem = mem
        self._ofs = ofs
        self._b_base_ = base
        return self

    def _ct_get(cls, mem, ofs):
        """The Python value of a `cls` field or item at mem[ofs]."""
        return cls._ct_view(mem, ofs)

    def _ct_set(cls, mem, ofs, value):
        """Store `value` as a `cls` field or item at mem[ofs]."""
        if isinstance(value, cls):
            _copy_from(value, mem, ofs)
        elif isinstance(value, tuple):
            _copy_from(cls(*value), mem, ofs)
        elif isinstance(value, _CData):
            raise TypeError(f"incompatible types, {type(value).__name__} instance "
                            f"instead of {cls.__name__} instance")
        else:
            raise TypeError(f"expected {cls.__name__} instance, got {type(value).__name__}")

    def __mul__(cls, length):
        if not hasattr(type(length), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(length).__name__}'")
        return _array_type(cls, _index(length), _caller_module(1))

    __rmul__ = __mul__

    def from_address(cls, *args):
        if len(args) != 1:
            raise TypeError(f"{cls.__name__}.from_address() takes exactly one argument "
                            f"({len(args)} given)")
        address = args[0]
        if not isinstance(address, int):
            raise TypeError("integer expected")
        cls._ct_check()
        _finalize(cls)
        return cls._ct_view(*_locate(address, cls._ct_size_))

    def from_buffer(cls, source, offset=0):
        cls._ct_check()
        if isinstance(source, _CData):
            mem, start, length = source._mem, source._ofs, sizeof(source)
        else:
            try:
                view = memoryview(source)
            except TypeError:
                raise TypeError("memoryview: a bytes-like object is required, "
                                f"not '{type(source).__name__}'") from None
            if view.readonly:
                raise TypeError("underlying buffer is not writable")
            mem, start, length = _buffer_block(source, view), 0, view.nbytes
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if length < cls._ct_size_ + offset:
            raise ValueError(f"Buffer size too small ({length} instead of at least "
                             f"{cls._ct_size_ + offset} bytes)")
        _finalize(cls)
        base = source if isinstance(source, _CData) else None
        return cls._ct_view(mem, start + offset, base)

    def from_buffer_copy(cls, source, offset=0):
        cls._ct_check()
        if isinstance(source, _CData):
            data = bytes(source)
        else:
            try:
                data = memoryview(source).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, "
                                f"not '{type(source).__name__}'") from None
        if offset < 0:
            raise ValueError("offset cannot be negative")
        size = cls._ct_size_
        if len(data) < size + offset:
            raise ValueError(f"Buffer size too small ({len(data)} instead of at least "
                             f"{size + offset} bytes)")
        _finalize(cls)
        return cls._ct_view(_Block(bytearray(data[offset:offset + size])), 0)

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        return cls(value)

    def in_dll(cls, dll, name):
        return dll[name]


def _buffer_block(source, view):
    """The block sharing the memory of a writable buffer (one per exporter,
    so that addresses into it stay the same)."""
    ref = _buffer_blocks.get(id(source))
    block = ref() if ref is not None else None
    if block is None or block.source is not source:
        buf = source if type(source) is bytearray else view.cast('B')
        block = _Block(buf, source)
        _buffer_blocks[id(source)] = _weakref.ref(block)
    return block


class _CData:
    """Base of all ctypes instances: a view on `_mem` at offset `_ofs`."""

    __slots__ = ('_mem', '_ofs', '_b_base_', '__dict__', '__weakref__')
    __module__ = '_ctypes'

    def __new__(cls, *args, **kwargs):
        cls._ct_check()
        _finalize(cls)
        return cls._ct_view(_Block(bytearray(cls._ct_size_)), 0)

    @property
    def _b_needsfree_(self):
        return int(self._b_base_ is None and isinstance(self._mem, _Block)
                   and self._mem.source is None)

    def __hash__(self):
        raise TypeError("unhashable type")

    def __bytes__(self):
        return self._mem.read(self._ofs, sizeof(self))


# ---------------------------------------------------------------------------
# Simple types.

class PyCSimpleType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if not any(isinstance(b, PyCSimpleType) for b in bases):
            return                                   # _SimpleCData itself
        code = getattr(cls, '_type_', _MISSING)
        if code is _MISSING:
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1 or code not in _SIMPLE_TYPES:
            raise AttributeError(
                "class must define a '_type_' attribute which must be\n"
                f"a single character string containing one of '{_KNOWN_CODES}'.")
        _, cls._ct_size_, cls._ct_align_ = _SIMPLE_TYPES[code]

    def _ct_get(cls, mem, ofs):
        if _SimpleCData in cls.__bases__:
            return _load(cls._type_, mem, ofs)
        return cls._ct_view(mem, ofs)       # subclasses stay instances

    def _ct_set(cls, mem, ofs, value):
        if isinstance(value, cls):
            _copy_from(value, mem, ofs)
        else:
            _store(cls._type_, mem, ofs, value)


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    """A single C value: `value` converts it from and to Python."""

    __slots__ = ()
    __module__ = '_ctypes'

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"__init__ expected at most 1 argument, got {len(args)}")
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _load(type(self)._type_, self._mem, self._ofs)

    @value.setter
    def value(self, value):
        _store(type(self)._type_, self._mem, self._ofs, value)

    def __repr__(self):
        cls = type(self)
        if _SimpleCData not in cls.__bases__:
            return f"<{cls.__name__} object at {id(self):#x}>"
        code = cls._type_
        if code in 'zZ':
            shown = _load('P', self._mem, self._ofs)
        elif code == 'O':
            try:
                shown = repr(self.value)
            except ValueError:
                shown = '<NULL>'
        else:
            shown = repr(self.value)
        return f"{cls.__name__}({shown})"

    def __bool__(self):
        return any(self._mem.read(self._ofs, self._ct_size_))


def _simple(name, code):
    return PyCSimpleType(name, (_SimpleCData,), {'_type_': code, '__module__': 'ctypes'})


c_bool = _simple('c_bool', '?')
c_char = _simple('c_char', 'c')
c_wchar = _simple('c_wchar', 'u')
c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_longdouble = _simple('c_longdouble', 'g')
c_char_p = _simple('c_char_p', 'z')
c_wchar_p = _simple('c_wchar_p', 'Z')
c_void_p = _simple('c_void_p', 'P')
py_object = _simple('py_object', 'O')
# long long has the size of long on this platform: CPython aliases them.
c_longlong, c_ulonglong = c_long, c_ulong
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long
c_voidp = c_void_p


# ---------------------------------------------------------------------------
# Arrays.

_array_cache = _weakref.WeakValueDictionary()    # as CPython's: weak values


def _array_type(item, length, module):
    key = (item, length)
    cls = _array_cache.get(key)
    if cls is None:
        if length < 0:
            raise ValueError(f"Array length must be >= 0, not {length}")
        cls = PyCArrayType(f"{item.__name__}_Array_{length}", (Array,),
                           {'_type_': item, '_length_': length, '__module__': module})
        _array_cache[key] = cls
    return cls


def _is_char(item):
    return isinstance(item, PyCSimpleType) and item._type_ == 'c'


def _is_wchar(item):
    return isinstance(item, PyCSimpleType) and item._type_ == 'u'


class PyCArrayType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if not any(isinstance(b, PyCArrayType) for b in bases):
            return                                   # Array itself
        length = getattr(cls, '_length_', _MISSING)
        if length is _MISSING:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        item = getattr(cls, '_type_', _MISSING)
        if item is _MISSING:
            raise AttributeError("class must define a '_type_' attribute")
        if not _has_size(item):
            raise TypeError("_type_ must have storage info")
        _finalize(item)
        cls._ct_size_ = item._ct_size_ * length
        cls._ct_align_ = item._ct_align_
        if _is_char(item):
            cls.value = property(_chars_value, _set_chars_value)
            cls.raw = property(_chars_raw, _set_chars_raw)
        elif _is_wchar(item):
            cls.value = property(_wchars_value, _set_wchars_value)


class Array(_CData, metaclass=PyCArrayType):
    """A fixed number of `_type_` items."""

    __slots__ = ()
    __module__ = '_ctypes'

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, value in enumerate(args):
            self[i] = value

    def __len__(self):
        return self._length_

    def _position(self, index):
        try:
            i = _index(index)
        except TypeError:
            raise TypeError("indices must be integers") from None
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return self._ofs + i * self._type_._ct_size_

    def __getitem__(self, index):
        if isinstance(index, slice):
            items = [self[i] for i in range(*index.indices(self._length_))]
            return _join_items(self._type_, items)
        return self._type_._ct_get(self._mem, self._position(index))

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            positions = range(*index.indices(self._length_))
            if len(value) != len(positions):
                raise ValueError("Can only assign sequence of same size")
            for i, item in zip(positions, value):
                self[i] = item
            return
        self._type_._ct_set(self._mem, self._position(index), value)

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]


def _join_items(item, items):
    """Slices of char arrays (and pointers) are bytes or str, not lists."""
    if _is_char(item) and _SimpleCData in item.__bases__:
        return b''.join(items)
    if _is_wchar(item) and _SimpleCData in item.__bases__:
        return ''.join(items)
    return items


def _chars_value(self):
    raw = _chars_raw(self)
    end = raw.find(b'\0')
    return raw if end < 0 else raw[:end]


def _set_chars_value(self, value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected instead of {type(value).__name__} instance")
    if len(value) > self._length_:
        raise ValueError("byte string too long")
    if len(value) < self._length_:
        value += b'\0'
    self._mem.write(self._ofs, value)


def _chars_raw(self):
    return self._mem.read(self._ofs, self._length_)


def _set_chars_raw(self, value):
    data = memoryview(value).tobytes()
    if len(data) > self._length_:
        raise ValueError("byte string too long")
    self._mem.write(self._ofs, data)


def _wchars_value(self):
    return _decode_wide(self._mem.cstring(self._ofs, 4)[:self._length_ * 4])


def _set_wchars_value(self, value):
    if not isinstance(value, str):
        raise TypeError(f"unicode string expected instead of {type(value).__name__} instance")
    if len(value) > self._length_:
        raise ValueError("string too long")
    if len(value) < self._length_:
        value += '\0'
    self._mem.write(self._ofs, _encode_wide(value))


def ARRAY(typ, length):
    return typ * length


# ---------------------------------------------------------------------------
# Pointers.

_pointer_type_cache = {}


def _pointer_type(target, module):
    try:
        return _pointer_type_cache[target]
    except (KeyError, TypeError):
        pass
    if isinstance(target, str):
        cls = PyCPointerType(f"LP_{target}", (_Pointer,), {'__module__': module})
        _pointer_type_cache[id(cls)] = cls      # incomplete: see SetPointerType
        return cls
    if not isinstance(target, type):
        raise TypeError("must be a ctypes type")
    cls = PyCPointerType(f"LP_{target.__name__}", (_Pointer,),
                         {'_type_': target, '__module__': module})
    _pointer_type_cache[target] = cls
    return cls


def POINTER(target):
    """The type of pointers to `target` instances (cached)."""
    return _pointer_type(target, _caller_module(1))


def pointer(obj):
    """A new pointer to `obj`."""
    return _pointer_type(type(obj), _caller_module(1))(obj)


def SetPointerType(pointer_type, target):
    """Complete a pointer type made by POINTER('name')."""
    del _pointer_type_cache[id(pointer_type)]
    type.__setattr__(pointer_type, '_type_', target)
    _pointer_type_cache[target] = pointer_type


class PyCPointerType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if not any(isinstance(b, PyCPointerType) for b in bases):
            return                                   # _Pointer itself
        target = getattr(cls, '_type_', None)
        if target is not None and not _has_size(target):
            raise TypeError("_type_ must have storage info")
        cls._ct_size_ = cls._ct_align_ = 8

    def _ct_check(cls):
        if getattr(cls, '_type_', None) is None:
            raise TypeError("Cannot create instance: has no _type_")

    def _ct_set(cls, mem, ofs, value):
        if value is None:
            mem.keep.pop(ofs, None)
            mem.write(ofs, bytes(8))
        elif isinstance(value, Array) and not isinstance(value, cls) \
                and issubclass(value._type_, cls._type_):
            mem.write(ofs, _struct.pack('P', addressof(value)))
            mem.keep[ofs] = value
        else:
            super()._ct_set(mem, ofs, value)


class _Pointer(_CData, metaclass=PyCPointerType):
    """An address of a `_type_` instance."""

    __slots__ = ()
    __module__ = '_ctypes'

    def __init__(self, *args):
        if args:
            self.contents, = args

    def _address(self):
        return _struct.unpack('P', self._mem.read(self._ofs, 8))[0]

    def _target(self, index):
        """(memory, offset) of item `index` of the pointed-to array."""
        address = self._address()
        if not address:
            raise ValueError("NULL pointer access")
        size = self._type_._ct_size_
        return _locate(address + index * size, size)

    @property
    def contents(self):
        return self._type_._ct_view(*self._target(0))

    @contents.setter
    def contents(self, value):
        if not isinstance(value, _CData):
            raise TypeError(f"expected {self._type_.__name__} instead of {type(value).__name__}")
        self._mem.write(self._ofs, _struct.pack('P', addressof(value)))
        self._mem.keep[self._ofs] = value

    def __getitem__(self, index):
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError("slice stop is required")
            step = 1 if index.step is None else index.step
            if step == 0:
                raise ValueError("slice step cannot be zero")
            if index.start is None and step < 0:
                raise ValueError("slice start is required for step < 0")
            start = 0 if index.start is None else index.start
            items = [self[i] for i in range(start, index.stop, step)]
            return _join_items(self._type_, items)
        return self._type_._ct_get(*self._target(_index(index)))

    def __setitem__(self, index, value):
        self._type_._ct_set(*self._target(_index(index)), value)

    def __bool__(self):
        return self._address() != 0


# ---------------------------------------------------------------------------
# Structures and unions.

class CField:
    """A structure/union member: where it lives and how to convert it."""

    __slots__ = ('_type', 'offset', 'size', '_bits', '_bitofs')
    __module__ = '_ctypes'

    def __init__(self, ftype, offset, size, bits=0, bitofs=0):
        self._type = ftype
        self.offset = offset
        # As in CPython, a bit field's size packs its width and bit offset.
        self.size = (bits << 16) | bitofs if bits else size
        self._bits = bits
        self._bitofs = bitofs

    def __repr__(self):
        name = self._type.__name__
        if self._bits:
            return f"<Field type={name}, ofs={self.offset}:{self._bitofs}, bits={self._bits}>"
        return f"<Field type={name}, ofs={self.offset}, size={self.size}>"

    def _moved(self, delta):
        """This field as seen from a structure embedding its owner at `delta`."""
        field = CField(self._type, self.offset + delta, self._type._ct_size_,
                       self._bits, self._bitofs)
        field.size = self.size
        return field

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        mem, ofs, ftype = inst._mem, inst._ofs + self.offset, self._type
        if self._bits:
            return self._get_bits(mem, ofs)
        if isinstance(ftype, PyCArrayType):
            if _is_char(ftype._type_):          # char arrays read as bytes, ...
                return _chars_value(ftype._ct_view(mem, ofs))
            if _is_wchar(ftype._type_):         # ... wchar arrays as str
                return _wchars_value(ftype._ct_view(mem, ofs))
        return ftype._ct_get(mem, ofs)

    def __set__(self, inst, value):
        mem, ofs, ftype = inst._mem, inst._ofs + self.offset, self._type
        if self._bits:
            return self._set_bits(mem, ofs, value)
        if isinstance(ftype, PyCArrayType) and isinstance(value, (bytes, str)):
            return _set_text_field(ftype, mem, ofs, value)
        ftype._ct_set(mem, ofs, value)

    def __delete__(self, inst):
        raise TypeError("can't delete attribute")

    def _get_bits(self, mem, ofs):
        size = self._type._ct_size_
        unit = int.from_bytes(mem.read(ofs, size), _sys.byteorder)
        value = (unit >> self._bitofs) & ((1 << self._bits) - 1)
        code = self._type._type_
        if code == '?':
            return bool(value)
        if code.islower() and value >> (self._bits - 1):     # sign-extend
            value -= 1 << self._bits
        return value

    def _set_bits(self, mem, ofs, value):
        size = self._type._ct_size_
        value = bool(value) if self._type._type_ == '?' else _index(value)
        mask = ((1 << self._bits) - 1) << self._bitofs
        unit = int.from_bytes(mem.read(ofs, size), _sys.byteorder)
        unit = (unit & ~mask) | ((value << self._bitofs) & mask)
        mem.write(ofs, unit.to_bytes(size, _sys.byteorder))


def _set_text_field(ftype, mem, ofs, value):
    """bytes/str stored in a char/wchar array field: up to the first NUL, plus
    a terminating NUL when there is room."""
    item, length = ftype._type_, ftype._length_
    if _is_char(item) and isinstance(value, bytes):
        data = value.split(b'\0', 1)[0]
        if len(data) > length:
            raise ValueError(f"bytes too long ({len(data)}, maximum length {length})")
        mem.write(ofs, data + b'\0' if len(data) < length else data)
    elif _is_wchar(item) and isinstance(value, str):
        if len(value) > length:
            raise ValueError(f"string too long ({len(value)}, maximum length {length})")
        mem.write(ofs, _encode_wide(value + '\0' if len(value) < length else value))
    else:
        ftype._ct_set(mem, ofs, value)


class _StructType(_CDataType):
    """Lays out `_fields_` when given (in the class body or assigned later)."""

    _ct_union_ = False

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if not any(isinstance(b, _StructType) for b in bases):
            return                                   # Structure, Union
        if '_fields_' in namespace:
            cls._ct_layout(namespace['_fields_'])
        else:
            base = cls._ct_base()
            if base is None:
                cls._ct_size_, cls._ct_align_, cls._ct_names_ = 0, 1, ()
            else:
                _finalize(base)

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if cls.__dict__.get('_ct_final_'):
                raise AttributeError("_fields_ is final")
            cls._ct_layout(value)
        super().__setattr__(name, value)

    def _ct_base(cls):
        base = cls.__bases__[0]
        return base if _has_size(base) and isinstance(base, _StructType) else None

    def _ct_layout(cls, fields):
        """Offsets as GCC places them (CPython's algorithm, bit fields included)."""
        try:
            fields = list(fields)
        except TypeError:
            raise TypeError("'_fields_' must be a sequence of pairs") from None
        pack = getattr(cls, '_pack_', 0)
        if not isinstance(pack, int) or pack < 0:
            raise ValueError("_pack_ must be a non-negative integer")
        base = cls._ct_base()
        if base is not None:
            _finalize(base)
            size = offset = base._ct_size_
            total_align = base._ct_align_
            names = list(base._ct_names_)
        else:
            size = offset = 0
            total_align = 1
            names = []
        union_size = 0
        unit_bits = bitofs = 0          # the open bit field storage unit
        for i, desc in enumerate(fields):
            if not isinstance(desc, tuple) or not 2 <= len(desc) <= 3 \
                    or not isinstance(desc[0], str):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            name, ftype = desc[:2]
            if not _has_size(ftype):
                raise TypeError(f"second item in _fields_ tuple (index {i}) must be a C type")
            _finalize(ftype)
            fsize, falign = ftype._ct_size_, ftype._ct_align_
            bits = 0
            if len(desc) == 3:
                if not isinstance(ftype, PyCSimpleType) or ftype._type_ not in _BITFIELD_CODES:
                    raise TypeError(f"bit fields not allowed for type {ftype.__name__}")
                bits = desc[2]
                if not isinstance(bits, int) or not 0 < bits <= fsize * 8:
                    raise ValueError("number of bits invalid for bit field")
            if cls._ct_union_:
                size = offset = 0
            if bits and unit_bits and fsize * 8 <= unit_bits and bitofs + bits <= unit_bits:
                field = CField(ftype, offset - fsize, fsize, bits, bitofs)    # continue unit
                bitofs += bits
            elif bits and unit_bits and fsize * 8 >= unit_bits and bitofs + bits <= fsize * 8:
                grow = fsize - unit_bits // 8                                # widen unit
                offset += grow
                size += grow
                unit_bits = fsize * 8
                field = CField(ftype, offset - fsize, fsize, bits, bitofs)
                bitofs += bits
            else:                                                            # new storage
                if bits:
                    unit_bits = fsize * 8
                else:
                    unit_bits = 0
                align = min(pack, falign) if pack else falign
                if offset % align:
                    pad = align - offset % align
                    offset += pad
                    size += pad
                field = CField(ftype, offset, fsize, bits, 0)
                bitofs = bits
                size += fsize
                offset += fsize
                total_align = max(total_align, align)
            union_size = max(union_size, size)
            type.__setattr__(cls, name, field)
            names.append(name)
        if cls._ct_union_:
            size = union_size
        size = -(-size // total_align) * total_align
        cls._ct_size_, cls._ct_align_, cls._ct_names_ = size, total_align, tuple(names)
        type.__setattr__(cls, '_ct_final_', True)
        cls._ct_anonymous()

    def _ct_anonymous(cls):
        """Members of `_anonymous_` fields are reachable directly."""
        for name in getattr(cls, '_anonymous_', ()):
            field = getattr(cls, name)
            if not isinstance(field, CField):
                raise TypeError(f"'{name}' is specified in _anonymous_ but not in _fields_")
            for inner in getattr(field._type, '_ct_names_', ()):
                type.__setattr__(cls, inner, getattr(field._type, inner)._moved(field.offset))


class PyCStructType(_StructType):
    pass


class UnionType(_StructType):
    _ct_union_ = True


def _init_fields(self, *args, **kwargs):
    """Positional values go to the fields in order (base class fields first)."""
    names = self._ct_names_
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in zip(names, args):
        if name in kwargs:
            raise TypeError(f"duplicate values for field {name!r}")
        setattr(self, name, value)
    for name, value in kwargs.items():
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    """Fields laid out one after another, as a C struct."""

    __slots__ = ()
    __module__ = '_ctypes'
    __init__ = _init_fields


class Union(_CData, metaclass=UnionType):
    """Fields all at offset 0, as a C union."""

    __slots__ = ()
    __module__ = '_ctypes'
    __init__ = _init_fields


LittleEndianStructure = Structure
LittleEndianUnion = Union


# ---------------------------------------------------------------------------
# Functions on instances and addresses.

def sizeof(obj):
    """Size in bytes of a ctypes type or instance."""
    if isinstance(obj, _CData) or _has_size(obj):
        return obj._ct_size_
    raise TypeError("this type has no size")


def alignment(obj):
    """Alignment requirement of a ctypes type or instance."""
    if isinstance(obj, _CData) or _has_size(obj):
        return obj._ct_align_
    raise TypeError("no alignment info")


def addressof(obj):
    """Address of the memory of a ctypes instance."""
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._mem.base + obj._ofs


def resize(obj, size):
    """Give an instance a larger memory block (its address changes)."""
    if not isinstance(obj, _CData):
        raise TypeError("expected ctypes instance")
    minimum = type(obj)._ct_size_
    if size < minimum:
        raise ValueError(f"minimum size is {minimum}")
    if obj._b_base_ is not None or obj._mem.source is not None:
        raise ValueError("Memory cannot be resized because this object doesn't own it")
    old = obj._mem.read(obj._ofs, sizeof(obj))
    block = _Block(bytearray(old) + bytearray(max(0, size - len(old))))
    _copy_keeps(obj._mem, obj._ofs, block, 0, len(old))
    obj._mem, obj._ofs, obj._ct_size_ = block, 0, size


class _CArgObject:
    """What byref() returns: an address to pass to a foreign function."""

    __slots__ = ('_obj', '_offset')
    __module__ = 'builtins'

    def __init__(self, obj, offset):
        self._obj = obj
        self._offset = offset

    def __repr__(self):
        return f"<cparam 'P' ({addressof(self._obj) + self._offset:#x})>"


_CArgObject.__name__ = _CArgObject.__qualname__ = 'CArgObject'


def byref(obj, offset=0):
    """A light-weight pointer to `obj`, for passing by reference."""
    if not isinstance(obj, _CData):
        raise TypeError(f"byref() argument must be a ctypes instance, not '{type(obj).__name__}'")
    return _CArgObject(obj, offset)


def _pointer_value(obj, argno):
    """(address, object to keep alive) for a `void *` argument, as
    c_void_p.from_param converts them."""
    if obj is None:
        return 0, None
    if isinstance(obj, int):
        return obj & _ADDRESS_MASK, None
    if isinstance(obj, bytes):
        block = _string_block(obj + b'\0', obj)
        return block.base, block
    if isinstance(obj, str):
        block = _string_block(_encode_wide(obj + '\0'), obj)
        return block.base, block
    if isinstance(obj, _Pointer) or (isinstance(obj, _SimpleCData) and obj._type_ in 'zZP'):
        return _struct.unpack('P', obj._mem.read(obj._ofs, 8))[0], obj
    if isinstance(obj, (Array, _CFuncPtr)):
        return addressof(obj), obj
    if isinstance(obj, _CArgObject):
        return addressof(obj._obj) + obj._offset, obj._obj
    raise ArgumentError(f"argument {argno}: TypeError: wrong type")


def _is_pointer_type(cls):
    return isinstance(cls, (PyCPointerType, PyCFuncPtrType)) or (
        isinstance(cls, PyCSimpleType) and cls._type_ in _POINTER_CODES)


def cast(obj, typ):
    """`obj` (an address, pointer, array...) seen as a `typ` pointer."""
    if not _is_pointer_type(typ):
        name = typ.__name__ if isinstance(typ, type) else type(typ).__name__
        raise TypeError(f"cast() argument 2 must be a pointer type, not {name}")
    address, keep = _pointer_value(obj, 1)
    result = typ._ct_view(_Block(bytearray(8)), 0)
    result._mem.write(0, _struct.pack('P', address))
    if keep is not None:
        result._mem.keep[-1] = keep
    return result


def _check_args(args, count):
    if len(args) < count:
        raise TypeError(f"this function takes at least {count} arguments ({len(args)} given)")


def memmove(*args):
    """memmove(dst, src, count): copy count bytes; returns dst."""
    _check_args(args, 3)
    dst, _ = _pointer_value(args[0], 1)
    src, _ = _pointer_value(args[1], 2)
    count = _index(args[2])
    if count > 0:
        _write(dst, _read(src, count))
    return dst or None


def memset(*args):
    """memset(dst, c, count): fill count bytes with c; returns dst."""
    _check_args(args, 3)
    dst, _ = _pointer_value(args[0], 1)
    byte = _index(args[1]) & 0xFF
    count = _index(args[2])
    if count > 0:
        _write(dst, bytes([byte]) * count)
    return dst or None


def string_at(ptr, size=-1):
    """The bytes at `ptr`: `size` of them, or up to a NUL byte."""
    address, _ = _pointer_value(ptr, 1)
    if size >= 0:
        return _read(address, size)
    mem, ofs = _locate(address, 1)
    return mem.cstring(ofs, 1)


def wstring_at(ptr, size=-1):
    """The wide string at `ptr`: `size` characters, or up to a NUL one."""
    address, _ = _pointer_value(ptr, 1)
    if size >= 0:
        return _decode_wide(_read(address, size * 4))
    mem, ofs = _locate(address, 4)
    return _decode_wide(mem.cstring(ofs, 4))


def _text_buffer(item_type, text_type, init, size):
    """A mutable char or wchar_t array, from text (plus a NUL) or of a given size."""
    if isinstance(init, text_type):
        if size is None:
            size = len(init) + 1
        buf = (item_type * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (item_type * init)()
    raise TypeError(init)


def create_string_buffer(init, size=None):
    """A mutable char array, from bytes (plus a NUL) or of a given size."""
    return _text_buffer(c_char, bytes, init, size)


def create_unicode_buffer(init, size=None):
    """A mutable wchar_t array, from str (plus a NUL) or of a given size."""
    return _text_buffer(c_wchar, str, init, size)


def c_buffer(init, size=None):
    return create_string_buffer(init, size)


_errno = 0


def get_errno():
    """ctypes' private copy of errno (no foreign call ever changes it here)."""
    return _errno


def set_errno(value):
    """Set ctypes' private errno; returns the previous value."""
    global _errno
    old, _errno = _errno, _index(value)
    return old


# ---------------------------------------------------------------------------
# Function pointers and libraries: Python callbacks can be called, foreign
# code cannot.

class PyCFuncPtrType(_CDataType):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        if any(isinstance(b, PyCFuncPtrType) for b in bases):
            cls._ct_size_ = cls._ct_align_ = 8


def _foreign_call_error(what):
    return OSError(f"refpy cannot call foreign functions ({what})")


class _CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    """A C function pointer: made from a Python callable it can be called
    (arguments and result convert through `argtypes` and `restype`)."""

    __slots__ = ()
    __module__ = '_ctypes'

    def __init__(self, *args):
        self._callable = None
        self._what = 'NULL function pointer'
        self.argtypes = getattr(type(self), '_argtypes_', None)
        self.restype = getattr(type(self), '_restype_', c_int)
        if not args:
            return
        target = args[0]
        if isinstance(target, int):
            self._mem.write(0, _struct.pack('P', target & _ADDRESS_MASK))
            self._what = f"function at {target:#x}"
        elif isinstance(target, tuple):
            name, dll = target[:2]
            dll[name]                       # raises: nothing can be looked up
        elif callable(target):
            self._callable = target
            self._what = repr(target)
        else:
            raise TypeError("argument must be callable or integer function address")

    def __repr__(self):
        return f"<{type(self).__name__} object at {id(self):#x}>"

    def __bool__(self):
        return self._callable is not None or any(self._mem.read(self._ofs, 8))

    def __call__(self, *args):
        if self._callable is None:
            raise _foreign_call_error(self._what)
        argtypes = self.argtypes or ()
        if len(args) < len(argtypes):
            raise TypeError(f"this function takes at least {len(argtypes)} arguments "
                            f"({len(args)} given)")
        values = [_convert(t, a, i) for i, (t, a) in enumerate(zip(argtypes, args), 1)]
        values += args[len(argtypes):]
        try:
            result = self._callable(*values)
        except Exception:
            _report(f"Exception ignored on calling ctypes callback function: {self._callable!r}")
            result = 0 if self.restype is not None else None
        if self.restype is None:
            return None
        try:
            return _roundtrip(self.restype, result)
        except Exception:
            _report("Exception ignored on converting result of ctypes callback "
                    f"function: {self._callable!r}")
            return _roundtrip(self.restype, 0)


_CFuncPtr.__name__ = _CFuncPtr.__qualname__ = 'CFuncPtr'


def _roundtrip(ctype, value):
    """`value` stored as a `ctype` and read back, as C would pass it."""
    mem = _Block(bytearray(ctype._ct_size_))
    ctype._ct_set(mem, 0, value)
    return ctype._ct_get(mem, 0)


def _convert(ctype, value, argno):
    try:
        return _roundtrip(ctype, value)
    except (TypeError, ValueError) as exc:
        raise ArgumentError(f"argument {argno}: {type(exc).__name__}: wrong type") from None


def _report(message):
    import traceback
    print(message, file=_sys.stderr)
    traceback.print_exc()


_c_functype_cache = {}


def _functype(restype, argtypes, flags, module):
    key = (restype, argtypes, flags)
    cls = _c_functype_cache.get(key)
    if cls is None:
        cls = PyCFuncPtrType('CFunctionType', (_CFuncPtr,), {
            '_argtypes_': argtypes, '_restype_': restype, '_flags_': flags,
            '__module__': module, '__qualname__': 'CFUNCTYPE.<locals>.CFunctionType'})
        _c_functype_cache[key] = cls
    return cls


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    """The type of C functions returning `restype` and taking `argtypes`."""
    flags = _FUNCFLAG_CDECL
    if use_errno:
        flags |= _FUNCFLAG_USE_ERRNO
    if use_last_error:
        flags |= _FUNCFLAG_USE_LASTERROR
    return _functype(restype, argtypes, flags, 'ctypes')


def PYFUNCTYPE(restype, *argtypes):
    return _functype(restype, argtypes, _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI, 'ctypes')


class CDLL:
    """A shared library.  refpy cannot load one: it is named only, and any
    function looked up in it raises OSError."""

    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int

    def __init__(self, name, mode=DEFAULT_MODE, handle=None,
                 use_errno=False, use_last_error=False, winmode=None):
        self._name = name
        self._handle = 0 if handle is None else handle

    def __repr__(self):
        return (f"<{type(self).__name__} '{self._name}', handle {self._handle:x} "
                f"at {id(self):#x}>")

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name_or_ordinal):
        raise _foreign_call_error(f"function {name_or_ordinal!r} of {self._name!r}")


class PyDLL(CDLL):
    """A library whose functions would run holding the GIL."""

    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader:
    """`cdll.NAME` / `cdll['NAME']` / `cdll.LoadLibrary(NAME)`."""

    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)
pythonapi = PyDLL(None)


def _reset_cache():
    _pointer_type_cache.clear()
    _c_functype_cache.clear()
