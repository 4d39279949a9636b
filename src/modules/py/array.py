"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating-point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

# refpy's own `array`: CPython's C module written over the natives of modules/array.rs.
# An array keeps its items as machine values in a hidden bytearray (`_b`) whose capacity
# is the array's allocation, resized by `_resize` exactly as `array_resize` reallocates,
# so `sys.getsizeof` follows CPython (`64 + allocated * itemsize`, plus the GC header).

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# The machine format codes of `__reduce_ex__` on x86-64 Linux.
_MFORMAT = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10,
            'q': 12, 'Q': 10, 'f': 14, 'd': 16}
# sizeof(arrayobject) and sizeof(arrayiterobject) in CPython 3.11.
_BASICSIZE = 64
_ITER_SIZE = 40
_SSIZE_MAX = (1 << 63) - 1
_unset = object()


def _tp_name(obj):
    t = type(obj)
    m = t.__module__
    if m == 'builtins':
        return t.__name__
    if t in (array, arrayiterator):
        return m + '.' + t.__name__
    return t.__name__


def _ssize(v, exc):
    """`PyNumber_AsSsize_t(v, exc)` for an object that may have `__index__`."""
    if isinstance(v, int):
        n = int(v)
    elif hasattr(type(v), '__index__'):
        n = type(v).__index__(v)
        if not isinstance(n, int):
            raise TypeError('__index__ returned non-int (type %s)' % _tp_name(n))
        n = int(n)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _tp_name(v))
    if not -_SSIZE_MAX - 1 <= n <= _SSIZE_MAX:
        if exc is OverflowError:
            raise OverflowError('Python int too large to convert to C ssize_t')
        raise exc("cannot fit 'int' into an index-sized integer")
    return n


def _is_index(v):
    return isinstance(v, int) or hasattr(type(v), '__index__')


from _getset import ReadOnly as _ReadOnly


def _make(tc, data):
    """A new (base class) array holding the item bytearray `data`."""
    a = object.__new__(array)
    a._tc = tc
    a._sz = _ITEMSIZE[tc]
    a._b = data
    return a


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
The following type codes are defined:

    Type code   C Type             Minimum size in bytes
    'b'         signed integer     1
    'B'         unsigned integer   1
    'u'         Unicode character  2 (see note)
    'h'         signed integer     2
    'H'         unsigned integer   2
    'i'         signed integer     2
    'I'         unsigned integer   2
    'l'         signed integer     4
    'L'         unsigned integer   4
    'q'         signed integer     8 (see note)
    'Q'         unsigned integer   8 (see note)
    'f'         floating point     4
    'd'         floating point     8

NOTE: The 'u' typecode corresponds to Python's unicode character. On
narrow builds this is 2-bytes on wide builds this is 4-bytes.

NOTE: The 'q' and 'Q' type codes are only available if the platform
C compiler used to build Python supports 'long long', or, on Windows,
'__int64'.

Methods:

append() -- append a new item to the end of the array
buffer_info() -- return information giving the current memory info
byteswap() -- byteswap all the items of the array
count() -- return number of occurrences of an object
extend() -- extend array by appending multiple elements from an iterable
fromfile() -- read items from a file object
fromlist() -- append items from the list
frombytes() -- append items from the string
index() -- return index of first occurrence of an object
insert() -- insert a new item into the array at a provided position
pop() -- remove and return item (default last)
remove() -- remove first occurrence of an object
reverse() -- reverse the order of the items in the array
tofile() -- write all items to a file object
tolist() -- return the array converted to an ordinary list
tobytes() -- return the array converted to a string

Attributes:

typecode -- the typecode character used to create the array
itemsize -- the length in bytes of one array item
"""

    __slots__ = ('_tc', '_sz', '_b', '__weakref__')
    # refpy's buffer protocol for types written in Python: the bytearray slot and the
    # format slot (`objects::memoryview::python_type_buffer`).
    _buffer_slots_ = ('_b', '_tc')

    def __new__(cls, *args, **kwargs):
        if kwargs and (cls is array or cls.__init__ is array.__init__):
            raise TypeError('array.array() takes no keyword arguments')
        n = len(args)
        if n < 1:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if n > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % n)
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % _tp_name(tc))
        init = args[1] if n == 2 else _unset
        if init is not _unset and tc != 'u':
            if isinstance(init, str):
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % tc)
            if isinstance(init, array) and init._tc == 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                "typecode '%s'" % tc)
        it = None
        if init is not _unset and not (
                isinstance(init, (list, bytearray, bytes, tuple))
                or (tc == 'u' and isinstance(init, str))
                or (isinstance(init, array) and init._tc == tc)):
            it = iter(init)
            init = _unset
        sz = _ITEMSIZE.get(tc)
        if sz is None:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = tc
        self._sz = sz
        if init is _unset:
            self._b = _new(sz, 0)
        elif isinstance(init, (list, tuple)):
            self._b = _new(sz, len(init))
            _setmany(tc, self._b, 0, init)
        elif isinstance(init, array):
            self._b = _new(sz, len(init))
            _write(self._b, 0, init._b)
        elif isinstance(init, str):
            data = _fromunicode(init)
            self._b = _new(sz, len(init))
            _write(self._b, 0, data)
        else:
            self._b = _new(sz, 0)
            self.frombytes(init)
        if it is not None:
            for v in it:
                self._ins(len(self._b) // sz, v)
        return self

    typecode = _ReadOnly('typecode', lambda a: a._tc, 'array.array')
    itemsize = _ReadOnly('itemsize', lambda a: a._sz, 'array.array')
    __hash__ = None

    # ---- internals ----

    def _ins(self, where, v):
        """`ins1`: checks `v`, grows by one item, then stores it at `where`."""
        tc, sz, b = self._tc, self._sz, self._b
        _set(tc, b, -1, v)
        n = len(b) // sz
        _resize(b, sz, n + 1)
        if where < 0:
            where += n
            if where < 0:
                where = 0
        if where > n:
            where = n
        if where != n:
            _move(b, (where + 1) * sz, where * sz, (n - where) * sz)
        _set(tc, b, where, v)

    def _assign(self, item, value):
        """`array_ass_subscr`: `value` is None for a deletion."""
        sz, b = self._sz, self._b
        n = len(b) // sz
        if _is_index(item):
            i = _ssize(item, IndexError)
            if i < 0:
                i += n
            if i < 0 or i >= n:
                raise IndexError('array assignment index out of range')
            if value is not None:
                _set(self._tc, b, i, value)
                return
            start, stop, step, slicelength = i, i + 1, 1, 1
        elif isinstance(item, slice):
            start, stop, step = item.indices(n)
            slicelength = len(range(start, stop, step))
        else:
            raise TypeError('array indices must be integers')
        if value is None:
            other = None
            needed = 0
        elif isinstance(value, array):
            if value is self:
                value = self[:]
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            other = value._b
            needed = len(other) // sz
        else:
            raise TypeError('can only assign array (not "%s") to array slice'
                            % _tp_name(value))
        # Issue #4509: a size change of an exported array fails before anything moves.
        if (needed == 0 or slicelength != needed) and _exported(b):
            raise BufferError('cannot resize an array that is exporting buffers')
        if (step > 0 and stop < start) or (step < 0 and stop > start):
            stop = start
        if step == 1:
            if slicelength > needed:
                _move(b, (start + needed) * sz, stop * sz, (n - stop) * sz)
                _resize(b, sz, n + needed - slicelength)
            elif slicelength < needed:
                _resize(b, sz, n + needed - slicelength)
                _move(b, (start + needed) * sz, stop * sz, (n - stop) * sz)
            if needed > 0:
                _write(b, start * sz, other)
        elif needed == 0:
            if step < 0:
                stop = start + 1
                start = stop + step * (slicelength - 1) - 1
                step = -step
            _del_strided(b, sz, start, step, slicelength)
        else:
            if needed != slicelength:
                raise ValueError('attempt to assign array of size %d to extended slice of '
                                 'size %d' % (needed, slicelength))
            _write_strided(b, sz, start, step, other)

    # ---- the sequence protocol ----

    def __len__(self):
        return len(self._b) // self._sz

    def __getitem__(self, item):
        sz, b = self._sz, self._b
        n = len(b) // sz
        if _is_index(item):
            i = _ssize(item, IndexError)
            if i < 0:
                i += n
            if i < 0 or i >= n:
                raise IndexError('array index out of range')
            return _get(self._tc, b, i)
        if isinstance(item, slice):
            start, stop, step = item.indices(n)
            count = len(range(start, stop, step))
            if count <= 0:
                return _make(self._tc, _new(sz, 0))
            return _make(self._tc, _slice(b, sz, start, step, count))
        raise TypeError('array indices must be integers')

    def __setitem__(self, item, value):
        self._assign(item, value)

    def __delitem__(self, item):
        self._assign(item, None)

    def __contains__(self, v):
        return v in self.tolist()

    def __iter__(self):
        it = object.__new__(arrayiterator)
        it._a = self
        it._i = 0
        return it

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % _tp_name(other))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        sz = self._sz
        n1, n2 = len(self._b), len(other._b)
        data = _new(sz, (n1 + n2) // sz)
        _write(data, 0, self._b)
        _write(data, n1, other._b)
        return _make(self._tc, data)

    def __mul__(self, n):
        if not _is_index(n):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tp_name(n))
        n = _ssize(n, OverflowError)
        if n < 0:
            n = 0
        return _make(self._tc, _repeat(self._b, n))

    def __rmul__(self, n):
        if not _is_index(n):
            if isinstance(n, (str, bytes, bytearray, list, tuple, array)):
                raise TypeError("can't multiply sequence by non-int of type 'array.array'")
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tp_name(n))
        return self.__mul__(n)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % _tp_name(other))
        self.extend(other)
        return self

    def __imul__(self, n):
        if not _is_index(n):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tp_name(n))
        n = _ssize(n, OverflowError)
        sz, b = self._sz, self._b
        size = len(b) // sz
        if size > 0 and n != 1:
            if n < 0:
                n = 0
            data = bytes(b)
            _resize(b, sz, n * size)
            if n:
                _write(b, 0, data * n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self) != len(other):
            return False
        return self.tolist() == other.tolist()

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self) != len(other):
            return True
        return self.tolist() != other.tolist()

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() < other.tolist()

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() <= other.tolist()

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() > other.tolist()

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() >= other.tolist()

    def __repr__(self):
        name = type(self).__name__
        if not self._b:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, self.tounicode())
        return '%s(%r, %r)' % (name, self._tc, self.tolist())

    def __reduce__(self):
        raise TypeError("cannot pickle 'array' object")

    def __sizeof__(self):
        """Size of the array in memory, in bytes."""
        return _BASICSIZE + _alloc(self._b)

    def __copy__(self):
        """Return a copy of the array."""
        return self[:]

    def __deepcopy__(self, unused, /):
        """Return a copy of the array."""
        return self[:]

    def __reduce_ex__(self, value, /):
        """Return state information for pickling."""
        if not isinstance(value, int):
            raise TypeError('__reduce_ex__ argument should be an integer')
        d = getattr(self, '__dict__', None)
        if value < 3:
            return (type(self), (self._tc, self.tolist()), d)
        return (_array_reconstructor, (type(self), self._tc, _MFORMAT[self._tc],
                                       self.tobytes()), d)

    # ---- methods ----

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._ins(len(self._b) // self._sz, v)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.

The length should be multiplied by the itemsize attribute to calculate
the buffer length in bytes."""
        n = len(self._b) // self._sz
        return (id(self._b) + 64 if _alloc(self._b) else 0, n)

    def byteswap(self):
        """Byteswap all items of the array.

If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is
raised."""
        _byteswap(self._b, self._sz)

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self.tolist().count(v)

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            data = bytes(bb._b)
            sz, b = self._sz, self._b
            old = len(b) // sz
            _resize(b, sz, old + len(data) // sz)
            if data:
                _write(b, old * sz, data)
            return
        for v in iter(bb):
            self._ins(len(self._b) // self._sz, v)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        if isinstance(buffer, array):
            if buffer._sz != 1:
                raise TypeError('a bytes-like object is required')
            data = bytes(buffer._b)
        elif isinstance(buffer, memoryview) and buffer.itemsize != 1:
            raise TypeError('a bytes-like object is required')
        else:
            data = _bytes_of(buffer)
            if data is None:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % _tp_name(buffer))
        sz, b = self._sz, self._b
        if len(data) % sz:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // sz
        if n > 0:
            old = len(b) // sz
            _resize(b, sz, old + n)
            _write(b, old * sz, data)

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _ssize(n, OverflowError)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * self._sz
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        n = len(list_)
        if n > 0:
            tc, sz, b = self._tc, self._sz, self._b
            old = len(b) // sz
            _resize(b, sz, old + n)
            try:
                for i in range(n):
                    _set(tc, b, old + i, list_[i])
                    if n != len(list_):
                        raise RuntimeError('list changed size during iteration')
            except BaseException:
                _resize(b, sz, old)
                raise

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr.

The array must be a unicode type array; otherwise a ValueError is raised.
Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of
some other type."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % _tp_name(ustr))
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if ustr:
            data = _fromunicode(ustr)
            b = self._b
            old = len(b) // 4
            _resize(b, 4, old + len(ustr))
            _write(b, old * 4, data)

    def index(self, v, start=0, stop=_SSIZE_MAX, /):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        start = _ssize(start, OverflowError) if start is not None else 0
        stop = _ssize(stop, OverflowError) if stop is not None else _SSIZE_MAX
        n = len(self)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        i = start
        while i < stop and i < len(self):
            x = _get(self._tc, self._b, i)
            if x is v or x == v:
                return i
            i += 1
        raise ValueError('array.index(x): x not in array')

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._ins(_ssize(i, OverflowError), v)

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        i = _ssize(i, OverflowError)
        n = len(self)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        v = _get(self._tc, self._b, i)
        self._assign(i, None)
        return v

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        i = 0
        while i < len(self):
            x = _get(self._tc, self._b, i)
            if x is v or x == v:
                self._assign(i, None)
                return
            i += 1
        raise ValueError('array.remove(x): x not in array')

    def reverse(self):
        """Reverse the order of the items in the array."""
        _reverse(self._b, self._sz)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return bytes(self._b)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        data = bytes(self._b)
        for i in range(0, len(data), 65536):
            f.write(data[i:i + 65536])

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return _tolist(self._tc, self._b)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a
unicode string from an array of some other type."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return _tounicode(self._b)


class arrayiterator:
    __slots__ = ('_a', '_i')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'array.arrayiterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        a = self._a
        if a is not None:
            i = self._i
            if i < len(a._b) // a._sz:
                self._i = i + 1
                return _get(a._tc, a._b, i)
            self._a = None
        raise StopIteration

    def __reduce__(self):
        """Return state information for pickling."""
        if self._a is None:
            return (iter, ((),))
        return (iter, (self._a,), self._i)

    def __setstate__(self, state, /):
        """Set state information for unpickling."""
        index = _ssize(state, OverflowError)
        if self._a is not None:
            if index < 0:
                index = 0
            elif index > len(self._a):
                index = len(self._a)
            self._i = index

    def __sizeof__(self):
        return _ITER_SIZE


_c_type_name(array)
_c_type_name(arrayiterator)
__import__('sys')._set_tpflags(array, 1 << 5)  # Py_TPFLAGS_SEQUENCE, as C's arraytype
ArrayType = array


def _data_of(a):
    """The bytearray holding an array's items (for `struct`)."""
    return a._b


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not %s' % _tp_name(arraytype))
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array' % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('_array_reconstructor() argument 2 must be a unicode character, '
                        'not %s' % _tp_name(typecode))
    if typecode not in _ITEMSIZE:
        raise ValueError('second argument must be a valid type code')
    mformat_code = _ssize(mformat_code, OverflowError)
    if not 0 <= mformat_code <= 21:
        raise ValueError('third argument must be a valid machine format code.')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s' % _tp_name(items))
    if mformat_code == _MFORMAT[typecode]:
        return arraytype(typecode, items)
    import struct
    if mformat_code >= 18:
        codec = ('utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be')[mformat_code - 18]
        return arraytype(typecode, items.decode(codec))
    if mformat_code >= 14:
        size = 4 if mformat_code < 16 else 8
        order = '<' if mformat_code % 2 == 0 else '>'
        fmt = order + ('f' if size == 4 else 'd')
    else:
        size = (1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8)[mformat_code]
        signed = mformat_code in (1, 4, 5, 8, 9, 12, 13)
        order = '>' if mformat_code >= 2 and mformat_code % 2 == 1 else '<'
        fmt = order + {1: 'b', 2: 'h', 4: 'i', 8: 'q'}[size]
        if not signed:
            fmt = fmt.upper()
        for tc in 'bBhHiIlLqQ':
            if _ITEMSIZE[tc] == size and (tc.islower() == signed):
                typecode = tc
    if len(items) % size:
        raise ValueError('string length not a multiple of item size')
    values = [v for (v,) in struct.iter_unpack(fmt, items)] if items else []
    return arraytype(typecode, values)
