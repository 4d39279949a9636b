"""Container datatypes: namedtuple, deque, ChainMap, Counter, OrderedDict, defaultdict,
UserDict, UserList and UserString.

refpy's own implementation of the documented behaviour of CPython 3.11's collections.
collections.abc is a frozen submodule; this module carries an empty __path__ so the
import system treats it as the package it is in CPython.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

# A frozen module gets no __path__ from the import system; an empty one makes this a
# package whose only submodule, collections.abc, is found among the frozen modules.
try:
    __path__
except NameError:
    __path__ = []

import sys as _sys
from keyword import iskeyword as _iskeyword
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from collections import abc
from collections.abc import (Mapping as _Mapping, MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence, Sequence as _Sequence,
                             KeysView as _KeysView, ItemsView as _ItemsView,
                             ValuesView as _ValuesView)

_GenericAlias = type(list[int])
_maxsize = _sys.maxsize

# Objects whose repr is being computed, by id: a container met again inside its own
# repr shows as a placeholder instead of recursing forever.
_repr_running = set()


def _guarded_repr(obj, build, placeholder):
    key = id(obj)
    if key in _repr_running:
        return placeholder
    _repr_running.add(key)
    try:
        return build(obj)
    finally:
        _repr_running.discard(key)


def _index(value, message=None):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        if message is None:
            message = "'%s' object cannot be interpreted as an integer"
        raise TypeError(message % type(value).__name__)
    return index(value)


# ======================================================================= namedtuple

class _tuplegetter:
    # The descriptor of one namedtuple field: the item at a fixed index. (No class
    # docstring: each instance carries its own __doc__.)

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError("descriptor for index '%d' for tuple subclasses doesn't "
                            "apply to '%s' object" % (self._index, type(instance).__name__))
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


_tuplegetter.__module__ = '_collections'


def _quoted_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _namedtuple_new(typename, fields, defaults):
    """The __new__ of a namedtuple class: binds arguments to `fields` the way a
    function `__new__(_cls, <fields>)` with `defaults` for the last ones would."""
    nfields = len(fields)
    ndefaults = len(defaults)
    nrequired = nfields - ndefaults
    positions = {name: i for i, name in enumerate(fields)}
    qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if not kwargs and nargs == nfields:
            return tuple_new(_cls, args)
        if nargs > nfields:
            given = nargs + 1
            if ndefaults:
                raise TypeError('%s() takes from %d to %d positional arguments but %d '
                                'were given' % (qualname, nrequired + 1, nfields + 1, given))
            raise TypeError('%s() takes %d positional argument%s but %d %s given'
                            % (qualname, nfields + 1, '' if nfields == 0 else 's', given,
                               'was' if given == 1 else 'were'))
        values = list(args) + [_unset] * (nfields - nargs)
        for key, value in kwargs.items():
            i = positions.get(key)
            if i is None:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (qualname, key))
            if i < nargs:
                raise TypeError('%s() got multiple values for argument %r'
                                % (qualname, key))
            values[i] = value
        missing = [fields[i] for i in range(nrequired) if values[i] is _unset]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_names(missing)))
        for i in range(nrequired, nfields):
            if values[i] is _unset:
                values[i] = defaults[i - nrequired]
        return tuple_new(_cls, values)

    return __new__


_unset = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass called `typename` whose items are also reachable as the
    attributes `field_names` (a sequence of names, or one string of names separated by
    spaces or commas)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):],
                                  defaults))
    else:
        defaults = ()

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    tuple_new = tuple.__new__

    __new__ = _namedtuple_new(typename, field_names, defaults)
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = ('Make a new %s object from a sequence or iterable'
                              % typename)

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified fields with new values'
                        % typename)

    def __repr__(self):
        'Return a nicely formatted representation string'
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join('%s=%r' % pair for pair in zip(field_names, self)))

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    if module is None:
        getframe = getattr(_sys, '_getframe', None)
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
        else:
            # Without frame introspection the caller is unknown: scripts are the
            # usual place, so they get the right answer.
            module = '__main__'
    if module is not None:
        # In the namespace rather than set afterwards, so the class is born with it.
        namespace['__module__'] = module

    return type(typename, (tuple,), namespace)


# ======================================================================= deque

class _ReadOnlyAttribute:
    """A data descriptor for a read-only attribute of a collections type."""

    def __init__(self, name, slot, owner):
        self._name = name
        self._slot = slot
        self._owner = owner

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self._slot)

    def __set__(self, instance, value):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, self._owner))

    def __delete__(self, instance):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, self._owner))


# CPython's deque layout (`Modules/_collectionsmodule.c`): blocks of 64 item slots plus two
# links, a 216-byte object; a new or emptied deque starts in the middle of its one block.
_DEQUE_BLOCKLEN = 64
_DEQUE_CENTER = (_DEQUE_BLOCKLEN - 1) // 2
_DEQUE_BASICSIZE = 216
_DEQUE_BLOCKSIZE = 8 * _DEQUE_BLOCKLEN + 16


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The items are two lists back to back: `_left` holds the front items reversed (its
    # last element is the leftmost item), `_right` the rest in order. Each end grows and
    # shrinks in O(1); when one end runs dry, half of the other list moves over.
    # `_state` counts the changes that invalidate iterators. `_lindex` is where CPython's
    # deque would have its first item in its first 64-slot block (`leftindex`): with the
    # length it gives the number of blocks, and so `sys.getsizeof` (`deque_sizeof`).

    __slots__ = ('_left', '_right', '_maxlen', '_state', '_lindex', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._left = []
        self._right = []
        self._maxlen = None
        self._state = 0
        self._lindex = _DEQUE_CENTER + 1
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        iterable = args[0] if args else _unset
        maxlen = args[1] if len(args) > 1 else None
        for key, value in kwargs.items():
            if key == 'iterable' and not args:
                iterable = value
            elif key == 'maxlen' and len(args) < 2:
                maxlen = value
            elif key in ('iterable', 'maxlen'):
                raise TypeError("argument for deque() given by name ('%s') and position "
                                "(%d)" % (key, 1 if key == 'iterable' else 2))
            else:
                raise TypeError('%r is an invalid keyword argument for deque()' % key)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = int(maxlen)
        if self._left or self._right:
            self.clear()
        self._maxlen = maxlen
        if iterable is not _unset:
            self.extend(iterable)

    maxlen = _ReadOnlyAttribute('maxlen', '_maxlen', 'collections.deque')

    # ---- the two ends ----

    def _changed(self):
        self._state += 1

    # ---- CPython's block bookkeeping (`_lindex`), per operation on the ends ----

    def _note_appendleft(self):
        self._lindex = (self._lindex or _DEQUE_BLOCKLEN) - 1

    def _note_popleft(self, size):
        """After a `popleft` that left `size` items: an emptied block goes, an empty
        deque re-centres."""
        i = self._lindex + 1
        if i == _DEQUE_BLOCKLEN:
            i = 0 if size else _DEQUE_CENTER + 1
        self._lindex = i

    def _note_pop(self, size):
        """After a `pop` that left `size` items: an empty deque whose last item sat at the
        start of its block re-centres."""
        if size == 0 and self._lindex == 0:
            self._lindex = _DEQUE_CENTER + 1

    def _note_rotate(self, n, size):
        """`_deque_rotate(n)` on `size` items: `n` reduced as CPython does, then the first
        item moves `n` slots left (right for a negative `n`)."""
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n = abs(n) % size * (1 if n >= 0 else -1)  # C's `%`: the dividend's sign
            if n > half:
                n -= size
            elif n < -half:
                n += size
        self._lindex = (self._lindex - n) % _DEQUE_BLOCKLEN

    def __sizeof__(self):
        blocks = (self._lindex + len(self) + _DEQUE_BLOCKLEN - 1) // _DEQUE_BLOCKLEN
        return _DEQUE_BASICSIZE + blocks * _DEQUE_BLOCKSIZE

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            # Appended, then trimmed from the left.
            self._note_popleft(0)
            return
        self._right.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self._popleft()
            self._note_popleft(len(self))

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._lindex = (self._lindex or _DEQUE_BLOCKLEN) - 1  # `_note_appendleft`
        if self._maxlen == 0:
            self._note_pop(0)
            return
        self._left.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self._pop()
            self._note_pop(len(self))

    def _pop(self):
        right = self._right
        if not right:
            left = self._left
            if not left:
                raise IndexError('pop from an empty deque')
            k = (len(left) + 1) // 2
            moved = left[:k]
            moved.reverse()
            del left[:k]
            right.extend(moved)
        return right.pop()

    def _popleft(self):
        left = self._left
        if not left:
            right = self._right
            if not right:
                raise IndexError('pop from an empty deque')
            k = (len(right) + 1) // 2
            moved = right[:k]
            moved.reverse()
            del right[:k]
            left.extend(moved)
        return left.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        value = self._pop()
        self._state += 1
        if not self._lindex and not (self._left or self._right):
            self._lindex = _DEQUE_CENTER + 1  # `_note_pop`, inline on this hot path
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        value = self._popleft()
        self._state += 1
        # `_note_popleft`, inline on this hot path.
        i = self._lindex + 1
        if i == _DEQUE_BLOCKLEN:
            i = 0 if (self._left or self._right) else _DEQUE_CENTER + 1
        self._lindex = i
        return value

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if not self:
            # `deque_extend`'s space-saving heuristic: an empty deque fills from the left.
            self._lindex = 1
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if not self:
            # ... and an empty deque extended on the left fills from the right.
            self._lindex = _DEQUE_BLOCKLEN - 1
        for x in iterable:
            self.appendleft(x)

    # ---- the whole sequence ----

    def _items(self):
        items = self._left[::-1]
        items.extend(self._right)
        return items

    def _set_items(self, items):
        self._left = []
        self._right = items

    def clear(self):
        """Remove all elements from the deque."""
        if self._left or self._right:
            self._lindex = _DEQUE_CENTER + 1
        self._left = []
        self._right = []
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            new = deque((), self._maxlen)
            new._right = self._items()
            # `deque_copy`: one item is appended, more are extended (from the left).
            new._lindex = _DEQUE_CENTER + 1 if len(self) == 1 else 1
            return new
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for item in self._items():
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_maxsize):
        """Return first index of value.

Raises ValueError if the value is not present."""
        start = _index(start, "slice indices must be integers or have an __index__ method")
        stop = _index(stop, "slice indices must be integers or have an __index__ method")
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            item = self._get(i)
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        n = len(self)
        if index >= n:
            self.append(value)
            return
        if index <= -n or index == 0:
            self.appendleft(value)
            return
        # `deque_insert`: rotate, append (appendleft for a positive index), rotate back.
        self._note_rotate(-index, n)
        if index > 0:
            self._note_appendleft()
        self._note_rotate(index, n + 1)
        if index < 0:
            index += n
        items = self._items()
        items.insert(index, value)
        self._set_items(items)
        self._state += 1

    def _note_del_item(self, i, n):
        """`deque_del_item(i)` on `n` items: rotate, popleft, rotate back."""
        self._note_rotate(-i, n)
        self._note_popleft(n - 1)
        self._note_rotate(i, n - 1)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        items = self._items()
        for i, item in enumerate(items):
            equal = item is value or item == value
            if state != self._state:
                raise IndexError('deque mutated during remove().')
            if equal:
                self._note_del_item(i, len(items))
                del items[i]
                self._set_items(items)
                self._state += 1
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        self._note_rotate(n, size)
        n %= size
        if n == 0:
            return
        self._state += 1
        if n <= size // 2:
            for _ in range(n):
                self._left.append(self._pop())
        else:
            for _ in range(size - n):
                self._right.append(self._popleft())

    # ---- the sequence protocol ----

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def _position(self, index):
        if not isinstance(index, int):
            index = _index(index, "sequence index must be integer, not '%s'")
        n = len(self._left) + len(self._right)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError('deque index out of range')
        return index

    def _get(self, i):
        left = self._left
        if i < len(left):
            return left[len(left) - 1 - i]
        return self._right[i - len(left)]

    def __getitem__(self, index):
        return self._get(self._position(index))

    def __setitem__(self, index, value):
        i = self._position(index)
        left = self._left
        if i < len(left):
            left[len(left) - 1 - i] = value
        else:
            self._right[i - len(left)] = value

    def __delitem__(self, index):
        i = self._position(index)
        self._note_del_item(i, len(self))
        items = self._items()
        del items[i]
        self._set_items(items)
        self._state += 1

    def __contains__(self, value):
        state = self._state
        for item in self._items():
            if item is value or item == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __repr__(self):
        return _guarded_repr(self, deque._repr, '[...]')

    def _repr(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, self._items())
        return '%s(%r, maxlen=%d)' % (name, self._items(), self._maxlen)

    # ---- comparisons and operators ----

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a = self._items()
        b = other._items()
        return op(a, b)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if len(self) != len(other):
            return False
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if len(self) != len(other):
            return True
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        if n == 1:
            return self
        items = self._items()
        if self._maxlen is not None and len(items) * n > self._maxlen:
            self.extend(items * (n - 1))
        else:
            self._set_items(items * n)
            self._state += 1
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return type(self), ((), ), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class _deque_iterator:
    __slots__ = ('_deque', '_index', '_counter', '_state')

    def __init__(self, d):
        self._deque = d
        self._index = 0
        self._counter = len(d)
        self._state = d._state

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        item = d._get(self._index)
        self._index += 1
        self._counter -= 1
        return item

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __init__(self, d):
        _deque_iterator.__init__(self, d)
        self._index = len(d) - 1

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        item = d._get(self._index)
        self._index -= 1
        self._counter -= 1
        return item


_deque_iterator.__module__ = '_collections'
_deque_reverse_iterator.__module__ = '_collections'
_MutableSequence.register(deque)


# ======================================================================= defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __slots__ = ('default_factory',)

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
            args = args[1:]
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            factory_repr = _guarded_repr(factory, repr, '...')
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# ======================================================================= OrderedDict

class odict_keys(_KeysView):
    __slots__ = ()

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_values(_ValuesView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield mapping[key]

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_items(_ItemsView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield (key, mapping[key])

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


for _view in (odict_keys, odict_values, odict_items):
    _view.__module__ = 'builtins'
del _view


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # A dict keeps insertion order already; what OrderedDict adds is moving keys,
    # popping from either end and order-sensitive equality between OrderedDicts.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _MutableMapping.update

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    def __reversed__(self):
        return dict.__reversed__(self)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, default=_unset):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."""
        if dict.__contains__(self, key):
            value = self[key]
            del self[key]
            return value
        if default is _unset:
            raise KeyError(key)
        return default

    def __repr__(self):
        return _guarded_repr(self, OrderedDict._repr, '...')

    def _repr(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self



# ======================================================================= Counter

def _count_elements(mapping, iterable):
    """Count the elements of `iterable` into `mapping`."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    """A dict that counts hashable things (a multiset): each key maps to its count,
    and a key that is absent counts zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs from the most common down, all of them or the
        first n; equal counts keep their insertion order."""
        if n is None:
            return sorted(self.items(), key=_second, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_second)

    def elements(self):
        """Each element as many times as its count (none when it is below one)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # ---- comparisons: missing elements count as zero ----

    def _all_counts(self, other, test):
        for c in (self, other):
            for elem in c:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # ---- multiset arithmetic: results keep only positive counts ----

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            biggest = other_count if count < other_count else count
            if biggest > 0:
                result[elem] = biggest
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[elem] = smallest
        return result

    def __pos__(self):
        """A copy keeping only the positive counts."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, made positive; the others dropped."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


# ======================================================================= ChainMap

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, and changes go
    to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        return _guarded_repr(self, ChainMap._repr, '...')

    def _repr(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain of one dict made by dict.fromkeys()."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain sharing maps[1:], with a copy of maps[0]."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain with `m` (a new dict when None, updated with the keyword
        arguments) in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new chain of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        """popitem() on the first map."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """pop() on the first map."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        """Empty the first map; the others stay as they are."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ======================================================================= UserDict

class UserDict(_MutableMapping):
    """A dict-like wrapper around the real dict in its `data` attribute."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


# ======================================================================= UserList

class UserList(_MutableSequence):
    """A list-like wrapper around the real list in its `data` attribute."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


# ======================================================================= UserString

class UserString(_Sequence):
    """A str-like wrapper around the real str in its `data` attribute."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def count(self, sub, start=0, end=_maxsize):
        return self.data.count(self._cast(sub), start, end)

    def endswith(self, suffix, start=0, end=_maxsize):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=_maxsize):
        return self.data.find(self._cast(sub), start, end)

    def index(self, sub, start=0, end=_maxsize):
        return self.data.index(self._cast(sub), start, end)

    def rfind(self, sub, start=0, end=_maxsize):
        return self.data.rfind(self._cast(sub), start, end)

    def rindex(self, sub, start=0, end=_maxsize):
        return self.data.rindex(self._cast(sub), start, end)

    def startswith(self, prefix, start=0, end=_maxsize):
        return self.data.startswith(prefix, start, end)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._cast(old), self._cast(new), maxsplit))

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._cast(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._cast(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)


def _wrapping(name):
    """A UserString method that calls the str method and wraps a str result."""
    def method(self, *args, **kwargs):
        return self.__class__(getattr(self.data, name)(*args, **kwargs))
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


def _passing(name):
    """A UserString method that returns the str method's result as it is."""
    def method(self, *args, **kwargs):
        return getattr(self.data, name)(*args, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper',
              'zfill'):
    setattr(UserString, _name, _wrapping(_name))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
              'partition', 'rpartition', 'rsplit', 'split', 'splitlines'):
    setattr(UserString, _name, _passing(_name))
del _name
UserString.maketrans = str.maketrans
