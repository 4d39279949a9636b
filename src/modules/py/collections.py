"""The container types of the collections module.

refpy's own collections, written from the documentation of CPython 3.11's module:
`namedtuple`, `deque` (native, `objects/deque.rs`), `defaultdict`, `OrderedDict`,
`Counter`, `ChainMap`, and the wrappers `UserDict`, `UserList`, `UserString`. The C
types of CPython (`OrderedDict`, `defaultdict`, the tuple field getters) keep the C
objects' sizes. collections.abc is a frozen submodule; the empty __path__ set below
makes this module the package that holds it.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

# The import system gives a frozen module no __path__; with an empty one this is a
# package, and collections.abc is found among the frozen modules.
try:
    __path__
except NameError:
    __path__ = []

import operator as _op
import sys as _sys
from keyword import iskeyword as _is_keyword
from itertools import chain as _chain, repeat as _repeat
from collections import abc
from collections.abc import (Mapping as _Mapping, MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence, Sequence as _Sequence,
                             KeysView as _KeysView, ItemsView as _ItemsView,
                             ValuesView as _ValuesView)

_GenericAlias = type(list[int])
_END = _sys.maxsize

# ids of the objects whose repr is being built: met again inside its own repr, an
# object shows as a placeholder instead of recursing without end.
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


def _namedtuple_new(typename, fields, defaults):
    """The __new__ of a namedtuple class: a real function `__new__(_cls, <fields>)`
    with `defaults` for the last fields, so its signature, `__defaults__` and argument
    errors are those of an ordinary function (`inspect.signature(Point)` shows the
    fields). The field names are checked identifiers, so compiling them is safe."""
    params = ', '.join(fields)
    packed = params + (',' if len(fields) == 1 else '')
    source = 'def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n' % (params, packed)
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': 'namedtuple_%s' % typename}
    exec(source, namespace)
    __new__ = namespace['__new__']
    __new__.__defaults__ = defaults or None
    return __new__


_unset = object()


def _names_of(field_names):
    """The field names as a list of str: a string is split at commas and whitespace."""
    if isinstance(field_names, str):
        return ' '.join(field_names.split(',')).split()
    return [str(name) for name in field_names]


def _with_renames(names):
    """`names` with each unusable one (not an identifier, a keyword, starting with
    an underscore, or seen before) replaced by '_' and its position."""
    seen = set()
    result = []
    for position, name in enumerate(names):
        usable = (name.isidentifier() and not _is_keyword(name)
                  and name[:1] != '_' and name not in seen)
        result.append(name if usable else '_%d' % position)
        seen.add(name)
    return result


def _check_names(typename, names, rename):
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % name)
        if _is_keyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in names:
        if name[:1] == '_' and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)


def _namedtuple_methods(typename, fields, defaults, signature):
    """The class namespace of a namedtuple type, without the field getters."""
    count = len(fields)
    make_tuple = tuple.__new__

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(made)))
        return made

    def _replace(self, /, **kwds):
        values = [kwds.pop(name) if name in kwds else value
                  for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in zip(fields, self)]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    __new__ = _namedtuple_new(typename, fields, defaults)
    docs = (
        (__new__, 'Create new instance of %s(%s)' % (typename, signature)),
        (_make, 'Make a new %s object from a sequence or iterable' % typename),
        (_replace, 'Return a new %s object replacing specified fields with new values'
         % typename),
        (__repr__, 'Return a nicely formatted representation string'),
        (_asdict, 'Return a new dict which maps field names to their values.'),
        (__getnewargs__, 'Return self as a plain tuple.  Used by copy and pickle.'),
    )
    for function, doc in docs:
        function.__doc__ = doc
        function.__qualname__ = typename + '.' + function.__name__
    first_default = count - len(defaults)
    return {
        '__doc__': '%s(%s)' % (typename, signature),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dict(zip(fields[first_default:], defaults)),
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass called `typename` whose items are also reachable as the
    attributes `field_names` (a sequence of names, or one string of names separated by
    spaces or commas)."""
    names = _names_of(field_names)
    typename = _sys.intern(str(typename))
    if rename:
        names = _with_renames(names)
    _check_names(typename, names, rename)
    defaults = () if defaults is None else tuple(defaults)
    if len(defaults) > len(names):
        raise TypeError('Got more default values than field names')
    fields = tuple(_sys.intern(name) for name in names)
    signature = ', '.join(fields) + (',' if len(fields) == 1 else '')
    namespace = _namedtuple_methods(typename, fields, defaults, signature)
    for position, name in enumerate(fields):
        namespace[name] = _tuplegetter(position, 'Alias for field number %d' % position)
    if module is None:
        # The caller's module; scripts are the usual caller when it cannot be known.
        module = '__main__'
        frame_of = getattr(_sys, '_getframe', None)
        if frame_of is not None:
            try:
                module = frame_of(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = None
    if module is not None:
        # Put in the namespace, so the class is born with it.
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


# ======================================================================= deque

# Native (`objects/deque.rs`), as CPython's C type in `_collections`.
from _collections import deque

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


_sys._c_type_name(defaultdict)  # 'collections.defaultdict' in messages


# ======================================================================= OrderedDict

class odict_keys(_KeysView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 0, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 0, True)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_values(_ValuesView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 1, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 1, True)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_items(_ItemsView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 2, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 2, True)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


for _view in (odict_keys, odict_values, odict_items):
    _view.__module__ = 'builtins'
del _view


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # The order is a linked list beside the dict (as C's `od_first`/`od_last` nodes),
    # kept natively in the dict's payload (objects/odict.rs): the dict's own entries stay
    # in insertion order, as CPython's do.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _MutableMapping.update

    def __sizeof__(self):
        return _odict_sizeof(self)

    def __setitem__(self, key, value):
        _odict_setitem(self, key, value)

    def __delitem__(self, key):
        _odict_delitem(self, key)

    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def clear(self):
        """od.clear() -> None.  Remove all items from od."""
        _odict_clear(self)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        return _odict_popitem(self, last)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        _odict_move_to_end(self, key, last)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def pop(self, key, default=_unset):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."""
        if default is _unset:
            return _odict_pop(self, key)
        return _odict_pop(self, key, default)

    def __repr__(self):
        return _guarded_repr(self, _odict_repr, '...')

    def __reduce__(self):
        extra = getattr(self, '__dict__', None) or None
        return type(self), (), extra, None, iter(self.items())

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        # C's odict_copy: along the nodes, through dict lookups for an exact
        # OrderedDict, through the subclass's __getitem__/__setitem__ otherwise.
        if type(self) is OrderedDict:
            made = OrderedDict()
            for key in _odict_iter(self, 0, False):
                _odict_setitem(made, key, dict.__getitem__(self, key))
            return made
        made = type(self)()
        for key in _odict_iter(self, 0, False):
            made[key] = self[key]
        return made

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is NotImplemented or not same or not isinstance(other, OrderedDict):
            return same
        pairs = zip(_odict_iter(self, 0, False), _odict_iter(other, 0, False))
        return all(a is b or a == b for a, b in pairs)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


def _odict_repr(od):
    name = type(od).__name__
    return '%s(%r)' % (name, list(od.items())) if od else name + '()'


# C's PyODictObject: the dict and eight fields, its own `__dict__` and weak-reference list.
_sys._c_layout(OrderedDict, 112, True, True)
_sys._c_type_name(OrderedDict)  # 'collections.OrderedDict' in messages


# ======================================================================= Counter

def _tally(counter, iterable):
    """Add one to the count of each element of `iterable`."""
    current = counter.get
    for item in iterable:
        counter[item] = current(item, 0) + 1


def _second(pair):
    return pair[1]


def _counter_op(name, both, only_other):
    """A binary Counter operator: each element of `self` gets both(mine, theirs), each
    element only in `other` gets only_other(theirs) (skipped when None); only
    positive results are kept."""

    def method(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, mine in self.items():
            value = both(mine, other[item])
            if value > 0:
                result[item] = value
        if only_other is not None:
            for item, theirs in other.items():
                if item not in self:
                    value = only_other(theirs)
                    if value > 0:
                        result[item] = value
        return result

    method.__name__ = name
    method.__qualname__ = 'Counter.' + name
    return method


def _counter_test(name, per_count, strict):
    """A Counter comparison: per_count holds for the counts of every element of
    either (absent ones count zero); `strict` also asks the two to differ."""

    def method(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        holds = all(per_count(self[item], other[item])
                    for side in (self, other) for item in side)
        if strict:
            return holds and self != other
        return holds

    method.__name__ = name
    method.__qualname__ = 'Counter.' + name
    return method


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
        return _chain.from_iterable(map(_repeat, self.keys(), self.values()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is None:
            pass
        elif not isinstance(iterable, _Mapping):
            _tally(self, iterable)
        elif not self:
            dict.update(self, iterable)
        else:
            current = self.get
            for item, extra in iterable.items():
                self[item] = extra + current(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _Mapping):
                pairs = iterable.items()
            else:
                pairs = zip(iterable, _repeat(1))
            for item, less in pairs:
                self[item] = current(item, 0) - less
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # Comparisons: an absent element counts zero.
    __eq__ = _counter_test('__eq__', _op.eq, False)
    __le__ = _counter_test('__le__', _op.le, False)
    __ge__ = _counter_test('__ge__', _op.ge, False)
    __lt__ = _counter_test('__lt__', _op.le, True)
    __gt__ = _counter_test('__gt__', _op.ge, True)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    # Multiset arithmetic: the results keep positive counts only.
    __add__ = _counter_op('__add__', _op.add, lambda theirs: theirs)
    __sub__ = _counter_op('__sub__', _op.sub, lambda theirs: 0 - theirs)
    __or__ = _counter_op('__or__', lambda mine, theirs: theirs if mine < theirs else mine,
                         lambda theirs: theirs)
    __and__ = _counter_op('__and__', lambda mine, theirs: mine if mine < theirs else theirs,
                          None)

    def __pos__(self):
        """A copy keeping only the positive counts."""
        kept = Counter()
        for item, n in self.items():
            if n > 0:
                kept[item] = n
        return kept

    def __neg__(self):
        """The negative counts, made positive; the others dropped."""
        flipped = Counter()
        for item, n in self.items():
            if n < 0:
                flipped[item] = 0 - n
        return flipped

    def _drop_non_positive(self):
        for item in [item for item, n in self.items() if not n > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, n in other.items():
            self[item] += n
        return self._drop_non_positive()

    def __isub__(self, other):
        for item, n in other.items():
            self[item] -= n
        return self._drop_non_positive()

    def __ior__(self, other):
        for item, theirs in other.items():
            if theirs > self[item]:
                self[item] = theirs
        return self._drop_non_positive()

    def __iand__(self, other):
        for item, mine in self.items():
            theirs = other[item]
            if theirs < mine:
                self[item] = theirs
        return self._drop_non_positive()


# ======================================================================= ChainMap

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, and changes go
    to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last map first, as dict(...) of the chain has them.
        return iter(dict.fromkeys(_chain.from_iterable(reversed(self.maps))))

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, _chain_repr, '...')

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
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new chain of every map but the first."""
        return type(self)(*self.maps[1:])

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
        first = self.maps[0]
        try:
            return first.pop(key, *args)
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
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return type(self)(flat)


def _chain_repr(chain):
    return '%s(%s)' % (type(chain).__name__, ', '.join(repr(m) for m in chain.maps))


# ======================================================================= UserDict

def _shallow_clone(obj, data):
    """A new object of obj's class with obj's attributes, and `data` as its data."""
    kind = type(obj)
    clone = kind.__new__(kind)
    clone.__dict__.update(obj.__dict__)
    clone.__dict__['data'] = data
    return clone


class UserDict(_MutableMapping):
    """A dict-like wrapper around the real dict in its `data` attribute."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        fallback = getattr(type(self), '__missing__', None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

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
        plain = _dict_data(other)
        if plain is None:
            return NotImplemented
        return type(self)(self.data | plain)

    def __ror__(self, other):
        plain = _dict_data(other)
        if plain is None:
            return NotImplemented
        return type(self)(plain | self.data)

    def __ior__(self, other):
        plain = _dict_data(other)
        self.data |= other if plain is None else plain
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'].copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        # Copy everything but the data (a subclass may define its own __copy__),
        # then fill the copy through its own update().
        kept = self.data
        self.data = {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = kept
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _dict_data(other):
    """The dict behind `other` (a UserDict or a dict), else None."""
    if isinstance(other, UserDict):
        return other.data
    return other if isinstance(other, dict) else None


# ======================================================================= UserList

def _list_data(other):
    return other.data if isinstance(other, UserList) else other


def _list_compare(test):
    def method(self, other):
        return test(self.data, _list_data(other))
    method.__name__ = '__%s__' % test.__name__
    method.__qualname__ = 'UserList.' + method.__name__
    return method


def _as_list(other):
    """The items of `other` as a list, for concatenation."""
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_MutableSequence):
    """A list-like wrapper around the real list in its `data` attribute."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        elif type(initlist) == list:
            self.data[:] = initlist
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    __lt__ = _list_compare(_op.lt)
    __le__ = _list_compare(_op.le)
    __eq__ = _list_compare(_op.eq)
    __gt__ = _list_compare(_op.gt)
    __ge__ = _list_compare(_op.ge)
    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + _as_list(other))

    def __radd__(self, other):
        return type(self)(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'][:])

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
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_list_data(other))


# ======================================================================= UserString

def _str_data(other):
    return other.data if isinstance(other, UserString) else other


def _str_compare(test):
    def method(self, string):
        return test(self.data, _str_data(string))
    method.__name__ = '__%s__' % test.__name__
    method.__qualname__ = 'UserString.' + method.__name__
    return method


class UserString(_Sequence):
    """A str-like wrapper around the real str in its `data` attribute."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

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

    __eq__ = _str_compare(_op.eq)
    __lt__ = _str_compare(_op.lt)
    __le__ = _str_compare(_op.le)
    __gt__ = _str_compare(_op.gt)
    __ge__ = _str_compare(_op.ge)

    def __contains__(self, char):
        return _str_data(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if not isinstance(other, str):
            other = other.data if isinstance(other, UserString) else str(other)
        return type(self)(self.data + other)

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def count(self, sub, start=0, end=_END):
        return self.data.count(_str_data(sub), start, end)

    def endswith(self, suffix, start=0, end=_END):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=_END):
        return self.data.find(_str_data(sub), start, end)

    def index(self, sub, start=0, end=_END):
        return self.data.index(_str_data(sub), start, end)

    def rfind(self, sub, start=0, end=_END):
        return self.data.rfind(_str_data(sub), start, end)

    def rindex(self, sub, start=0, end=_END):
        return self.data.rindex(_str_data(sub), start, end)

    def startswith(self, prefix, start=0, end=_END):
        return self.data.startswith(prefix, start, end)

    def replace(self, old, new, maxsplit=-1):
        text = self.data.replace(_str_data(old), _str_data(new), maxsplit)
        return type(self)(text)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_str_data(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_str_data(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return str.encode(self.data, encoding, errors)

    def format(self, /, *args, **kwds):
        return str.format(self.data, *args, **kwds)

    def format_map(self, mapping):
        return str.format_map(self.data, mapping)

    def join(self, seq):
        return str.join(self.data, seq)


def _str_method(name, rewrap):
    """A UserString method calling the str method of the same name on the data; with
    `rewrap` its str result comes back as the UserString's class."""
    if rewrap:
        def method(self, *args, **kwargs):
            return type(self)(getattr(self.data, name)(*args, **kwargs))
    else:
        def method(self, *args, **kwargs):
            return getattr(self.data, name)(*args, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper',
              'zfill'):
    setattr(UserString, _name, _str_method(_name, True))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
              'partition', 'rpartition', 'rsplit', 'split', 'splitlines'):
    setattr(UserString, _name, _str_method(_name, False))
del _name
UserString.maketrans = str.maketrans
