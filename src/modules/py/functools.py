"""Tools that make, wrap and combine callables.

refpy's own functools, written from the documentation of CPython 3.11's module:
partial application (`partial`, `partialmethod`), wrapper metadata (`update_wrapper`,
`wraps`), memoising (`lru_cache`, `cache`, `cached_property`), ordering helpers
(`total_ordering`, `cmp_to_key`), `reduce`, and single dispatch on the type of the
first argument (`singledispatch`, `singledispatchmethod`). `partial`, the lru_cache
wrapper and the cmp_to_key key are C types in CPython: here they are classes that
declare the C objects' sizes.
"""

import sys as _sys

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_GenericAlias = type(list[int])

# =====================================================================================
# Wrapper metadata

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Give `wrapper` the identity of `wrapped`: copy over each attribute named in
    `assigned` that `wrapped` has, merge each mapping named in `updated` into the
    wrapper's, and record `wrapped` as `wrapper.__wrapped__`. Returns `wrapper`."""
    for name in assigned:
        found = getattr(wrapped, name, _MISSING)
        if found is not _MISSING:
            setattr(wrapper, name, found)
    for name in updated:
        extra = getattr(wrapped, name, {})
        if name != '__dict__':
            getattr(wrapper, name).update(extra)
            continue
        # One attribute at a time: also right where __dict__ is handed out as a copy.
        for key, value in extra.items():
            setattr(wrapper, key, value)
    # Last, so that a __wrapped__ among the copied attributes does not stay.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) on a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# =====================================================================================
# total_ordering

# How the other three comparisons follow from one (the "root"). For each root, in
# the order CPython prefers a root: the mirrored comparison, the one differing only in
# strictness, and the complement. Given r = (a ROOT b) and eq = (a == b):
#   strict root (< or >):     mirrored: not r and not eq;  same side: r or eq
#   non-strict root (<=, >=): mirrored: not r or eq;       same side: r and not eq
#   complement, either kind: not r
_ORDER_FAMILY = (
    ('__lt__', ('__gt__', '__le__', '__ge__')),
    ('__le__', ('__ge__', '__lt__', '__gt__')),
    ('__gt__', ('__lt__', '__ge__', '__le__')),
    ('__ge__', ('__le__', '__gt__', '__lt__')),
)


def _derived_comparison(root, target, role):
    """The method `target` computed from the class's `root` method; `role` is
    the position of `target` in _ORDER_FAMILY (0 mirrored, 1 same side, 2 complement)."""
    strict = root in ('__lt__', '__gt__')

    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if role == 2:
            return not r
        if role == 0:
            return (not r and self != other) if strict else (not r or self == other)
        return (r or self == other) if strict else (r and self != other)

    compare.__name__ = target
    compare.__qualname__ = '_%s_from_%s' % (target.strip('_'), root.strip('_'))
    return compare


_DERIVED = {root: [(target, _derived_comparison(root, target, role))
                   for role, target in enumerate(targets)]
            for root, targets in _ORDER_FAMILY}


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__),
    supply the other ordering methods."""
    own = [root for root, _ in _ORDER_FAMILY
           if getattr(cls, root, None) is not getattr(object, root, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for target, method in _DERIVED[own[0]]:
        if target not in own:
            setattr(cls, target, method)
    return cls


# =====================================================================================
# cmp_to_key

class KeyWrapper:
    """The key object of cmp_to_key(): calling it wraps a value; wrapped values
    compare by what the comparison function says of them."""

    __slots__ = ('_compare_fn', 'obj')

    def __init__(self, cmp, obj=None):
        self._compare_fn = cmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 1:
            what = 'argument' if args else 'keyword argument'
            raise TypeError('K() takes at most 1 %s (%d given)' % (what, given))
        if args:
            return KeyWrapper(self._compare_fn, args[0])
        if 'obj' not in kwargs:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self._compare_fn, kwargs['obj'])

    def _against(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._compare_fn(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __ge__(self, other):
        return self._against(other) >= 0

    def __gt__(self, other):
        return self._against(other) > 0

    __hash__ = None


_sys._c_type_name(KeyWrapper)  # 'functools.KeyWrapper' in messages


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive result)
    into a key function for sorted(), min(), max() and the like."""
    return KeyWrapper(mycmp)


# =====================================================================================
# reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of `iterable` into one value from the left: function(function(
    initial, x0), x1)... The first item is the start value when there is no `initial`;
    `initial` is also the result for an empty iterable."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    count = len(args)
    if count < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % count)
    if count > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % count)
    step = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if count == 3:
        total = args[2]
    else:
        total = next(items, _MISSING)
        if total is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = step(total, item)
    return total


# =====================================================================================
# partial

class _ReadOnlyField:
    """One field of a partial: readable, never assignable (a C member's behaviour)."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(partial, self.slot).__get__(obj)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_reprs_in_progress = set()


def _call_text(head, func, args, keywords):
    words = [repr(func)]
    words += [repr(a) for a in args]
    words += ['%s=%r' % item for item in keywords.items()]
    return '%s(%s)' % (head, ', '.join(words))


class partial:
    """partial(func, *args, **keywords) - a callable that calls `func` with these
    arguments in front of (and keywords under) those of each call."""

    # The function, the arguments and the keywords in three slots, which a dying partial
    # releases in that order (`partial_clear`); no other object holds them. (A class's
    # slots are released in the sorted order of their names, hence the digits.)
    __slots__ = ('_p0_func', '_p1_args', '_p2_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, inner = args[0], None
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and not func.__dict__:
            # Flatten partial(partial(f, a), b) into partial(f, a, b).
            inner = _partial_fields(func)
            func = inner[0]
        # `partial_new`'s order, which the collector's lists keep (and so the order in
        # which a collection finalizes what they hold): the partial, then its arguments
        # tuple; the call's own keyword dict is kept rather than copied.
        self = object.__new__(cls)
        given = args[1:]
        if inner is not None:
            given = inner[1] + given
            if inner[2]:
                merged = dict(inner[2])
                merged.update(keywords)
                keywords = merged
        _set_partial_fields(self, func, given, keywords)
        return self

    func = _ReadOnlyField('_p0_func')
    args = _ReadOnlyField('_p1_args')
    keywords = _ReadOnlyField('_p2_keywords')

    def __call__(self, /, *args, **keywords):
        func, fixed, fixed_keywords = _partial_fields(self)
        if fixed_keywords:
            keywords = dict(fixed_keywords, **keywords)
        return func(*fixed, *args, **keywords)

    def __repr__(self):
        me = id(self)
        if me in _reprs_in_progress:
            return '...'
        head = 'functools.partial' if type(self) is partial else type(self).__qualname__
        _reprs_in_progress.add(me)
        try:
            return _call_text(head, *_partial_fields(self))
        finally:
            _reprs_in_progress.discard(me)

    def __reduce__(self):
        func, fixed, fixed_keywords = _partial_fields(self)
        return type(self), (func,), (func, fixed, fixed_keywords, self.__dict__ or None)

    def __setstate__(self, state):
        valid = (isinstance(state, tuple) and len(state) == 4 and callable(state[0])
                 and isinstance(state[1], tuple)
                 and (state[2] is None or isinstance(state[2], dict)))
        if not valid:
            raise TypeError('invalid partial state')
        func, fixed, fixed_keywords, namespace = state
        _set_partial_fields(self, func, tuple(fixed), dict(fixed_keywords or ()))
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


def _partial_fields(p):
    return (partial._p0_func.__get__(p), partial._p1_args.__get__(p),
            partial._p2_keywords.__get__(p))


def _set_partial_fields(p, func, args, keywords):
    partial._p0_func.__set__(p, func)
    partial._p1_args.__set__(p, args)
    partial._p2_keywords.__set__(p, keywords)


_sys._c_layout(partial, 64, True, True)
_sys._c_type_name(partial)  # immutable, 'functools.partial' in messages


class partialmethod(object):
    """Like partial, but for use in a class body: the arguments go after self (or
    cls). Wraps functions and other descriptors (classmethod, staticmethod, ...)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            keywords = dict(func.keywords, **keywords)
            args = func.args + args
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        kind = type(self)
        return _call_text('%s.%s' % (kind.__module__, kind.__qualname__),
                          self.func, self.args, self.keywords)

    def _make_unbound_method(self):
        """A plain function adding the stored arguments after its first one (what
        binds to the instance or class). Named as CPython's, since the function's
        qualname shows in its repr."""
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(spec.keywords, **keywords)
            return spec.func(cls_or_self, *spec.args, *args, **merged)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor that bound to something: apply the arguments to that.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# =====================================================================================
# lru_cache and cache

_cache_info_class = None


def _cache_info(*fields):
    """A CacheInfo(hits, misses, maxsize, currsize) named tuple."""
    global _cache_info_class
    if _cache_info_class is None:
        from collections import namedtuple
        _cache_info_class = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _cache_info_class(*fields)


_KEYWORDS_FOLLOW = object()


class _HashedKey:
    """A cache key made of several parts, hashed once. CPython's C lru_cache computes a
    key's hash once per call and hands it to its dict, so the arguments' __hash__ runs
    once per call whatever the cache does next (look up, evict, store); a plain tuple key
    here would run it at each dict operation."""

    __slots__ = ('parts', 'hashvalue')

    def __eq__(self, other):
        # As the C cache compares its tuple keys (stored key first).
        if type(other) is not _HashedKey:
            return NotImplemented
        return self.parts == other.parts

    def __hash__(self):
        return self.hashvalue


# Types whose hash runs no Python code: a key made of these only needs no `_HashedKey`.
_PLAIN_HASH = frozenset((int, str, float, bool, type(None), bytes, complex, type, object))


def _call_key(args, kwargs, typed):
    """The cache key of one call. A lone int or str argument is its own key (as in
    CPython, so f(1) and f(1.0) are cached apart); otherwise the arguments, the keyword
    items after a marker, and with `typed` their types: a tuple, or a `_HashedKey` when
    hashing it would run Python code."""
    if not kwargs and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        parts = args
    else:
        parts = list(args)
        if kwargs:
            parts.append(_KEYWORDS_FOLLOW)
            for item in kwargs.items():
                parts.extend(item)
        if typed:
            parts.extend(type(a) for a in args)
            parts.extend(type(v) for v in kwargs.values())
        parts = tuple(parts)
    if all(type(part) in _PLAIN_HASH for part in parts):
        return parts
    key = object.__new__(_HashedKey)
    key.parts = parts
    key.hashvalue = hash(parts)
    return key


class _lru_cache_wrapper:
    """What lru_cache() makes of a function: the function with a memory of results.

    An unbounded cache maps each key to its result. A bounded one maps each key to a
    link `(result, key)`, as CPython's bounded cache maps keys to `lru_list_elem`s, which
    hold the key a second time; the dict's order is the order of use, oldest first.
    When the wrapper dies, what it holds goes in CPython's order (`lru_cache_tp_clear`):
    an unbounded cache's entries first (a slot: slots go before `__dict__`), then the
    function and the attributes `update_wrapper` gave, and a bounded cache's links last
    (the last attribute), each link its key, then its result."""

    __slots__ = ('_results', '_target', '_limit', '_typed', '_counts', '__dict__',
                 '__weakref__')

    def __init__(self, user_function, maxsize, typed):
        self._results = {} if maxsize is None else None
        self._target = user_function
        self._limit = maxsize
        self._typed = typed
        self._counts = [0, 0]       # hits, misses
        update_wrapper(self, user_function)
        if maxsize is not None:
            self._lru_links = {}    # key -> (result, key), least recently used first

    def _memo(self):
        """The cache's dict."""
        return self._lru_links if self._results is None else self._results

    def __call__(self, /, *args, **kwargs):
        limit = self._limit
        counts = self._counts
        if limit == 0:
            counts[1] += 1
            return self._target(*args, **kwargs)
        key = _call_key(args, kwargs, self._typed)
        memo = self._lru_links if limit is not None else self._results
        found = memo.get(key, _MISSING)
        if found is not _MISSING:
            counts[0] += 1
            if limit is None:
                return found
            # The link moves to the young end under the key it was stored with (found by
            # identity: no __eq__ runs).
            stored = found[1]
            del memo[stored]
            memo[stored] = found
            return found[0]
        counts[1] += 1
        result = self._target(*args, **kwargs)
        if limit is None:
            memo[key] = result
        elif key not in memo:     # the call may have cached this key itself
            if len(memo) >= limit:
                # As CPython's bounded cache reuses its oldest link: that entry leaves,
                # the new one goes in, and only then do the old key and result die,
                # the key first.
                oldlink = memo.pop(next(iter(memo)))
                memo[key] = (result, key)
                del oldlink
            else:
                memo[key] = (result, key)
        return result

    def cache_info(self):
        """Report cache statistics"""
        return _cache_info(self._counts[0], self._counts[1], self._limit, len(self._memo()))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        # The statistics first, as CPython: a finalizer the clearing runs sees them reset.
        self._counts[:] = [0, 0]
        self._memo().clear()

    def cache_parameters(self):
        return {'maxsize': self._limit, 'typed': self._typed}

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


_sys._c_layout(_lru_cache_wrapper, 152, True, True)
_sys._c_type_name(_lru_cache_wrapper)
_MethodType = type(KeyWrapper(None).__lt__)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching up to `maxsize` results of a function, forgetting the least
    recently used first (no limit for None). With `typed`, arguments of different
    types (1 and 1.0) are cached apart. The decorated function has cache_info(),
    cache_clear() and cache_parameters(); the original is its __wrapped__."""
    if maxsize is None:
        pass
    elif isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Applied directly: @lru_cache without parentheses.
        return _lru_cache_wrapper(maxsize, 128, typed)
    else:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorate(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorate


def cache(user_function, /):
    """An unbounded lru_cache: lru_cache(maxsize=None)(user_function)."""
    return lru_cache(maxsize=None)(user_function)


# =====================================================================================
# cached_property

class cached_property:
    """A property computed once per instance: the value is stored in the instance's
    __dict__ under the property's name, where later lookups find it first."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
            return
        if name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        kind = type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (kind, name)) from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support "
                                "item assignment for caching %r property." % (kind, name)) from None
        return value

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# =====================================================================================
# singledispatch

def _is_union(hint):
    from typing import Union, get_origin
    import types
    return isinstance(hint, types.UnionType) or get_origin(hint) is Union


def _dispatch_classes(hint):
    """The classes that `hint` (a class, or a union of classes) stands for, or None."""
    if isinstance(hint, type):
        return (hint,)
    if _is_union(hint):
        members = hint.__args__
        if all(isinstance(m, type) for m in members):
            return members
    return None


def _best_registered(cls, registry):
    """The implementation for `cls`: that of the first class along its MRO that has
    one; failing that, that of the most derived registered class `cls` is a
    subclass of (virtual ones included, e.g. ABCs); failing that, the default."""
    for klass in cls.__mro__[:-1]:
        if klass in registry:
            return registry[klass]
    best = None
    for klass in registry:
        if klass is object or not issubclass(cls, klass):
            continue
        if best is None or issubclass(klass, best):
            best = klass
    return registry[object if best is None else best]


def singledispatch(func):
    """Make `func` a generic function that calls the implementation registered for
    the class of its first argument (`func` itself by default). Register more with
    @f.register(cls), @f.register on a function whose first parameter is annotated,
    or f.register(cls, impl)."""
    import types
    table = {object: func}
    resolved = {}
    label = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """Return the implementation that would run for an argument of class `cls`."""
        impl = resolved.get(cls)
        if impl is None:
            impl = resolved[cls] = _best_registered(cls, table)
        return impl

    def register(cls, func=None):
        """Register `func` as the implementation for `cls` (usable as a decorator)."""
        if _dispatch_classes(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
            classes = _dispatch_classes(cls)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            if not getattr(cls, '__annotations__', None):
                raise TypeError("Invalid first argument to `register()`: %r. "
                                "Use either `@register(some_class)` or plain `@register` "
                                "on an annotated function." % (cls,))
            func = cls
            from typing import get_type_hints
            argname, hint = next(iter(get_type_hints(func).items()))
            classes = _dispatch_classes(hint)
            if classes is None:
                if _is_union(hint):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are "
                                    "classes." % (argname, hint))
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, hint))
        for klass in classes:
            table[klass] = func
        resolved.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % label)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(table)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation, as singledispatch's register()."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return pick(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


del _sys
