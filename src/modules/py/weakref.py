# refpy's weakref module, Python half.  The native half (functions starting with an
# underscore, getweakrefcount, getweakrefs) is in src/modules/weakref.rs.


class ReferenceType:
    __slots__ = ()

    # __init__, __call__, __hash__, __eq__ and __ne__ are native (installed by
    # weakref.rs), as is __new__.
    __new__ = staticmethod(_new_ref)

    def __lt__(self, other):
        _order_error('<', self, other)

    def __le__(self, other):
        _order_error('<=', self, other)

    def __gt__(self, other):
        _order_error('>', self, other)

    def __ge__(self, other):
        _order_error('>=', self, other)

    def __repr__(self):
        return _ref_repr(self)

    @property
    def __callback__(self):
        return _ref_callback(self)

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def _order_error(op, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, _tp_name(a), _tp_name(b)))


ref = ReferenceType


class _ProxyBase:
    """What ProxyType and CallableProxyType share: in CPython they are two unrelated types."""
    __slots__ = ()

    def __hash__(self):
        # CPython's message names the type as tp_name: 'weakref.ProxyType'.
        raise TypeError("unhashable type: '%s'" % _tp_name(self))

    # proxy_getattr forwards every name, `__class__` included (so `isinstance(p, C)`
    # holds through the fallback on `__class__`).
    def __getattribute__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        return _proxy_repr(self)

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __len__(self):
        return len(_proxy_target(self))

    def __iter__(self):
        return iter(_proxy_target(self))

    def __next__(self):
        return next(_proxy_target(self))

    def __contains__(self, item):
        return item in _proxy_target(self)

    def __getitem__(self, key):
        return _proxy_target(self)[key]

    def __setitem__(self, key, value):
        _proxy_target(self)[key] = value

    def __delitem__(self, key):
        del _proxy_target(self)[key]

    def __eq__(self, other):
        return _unwrap(self) == _unwrap(other)

    def __ne__(self, other):
        return _unwrap(self) != _unwrap(other)

    def __lt__(self, other):
        return _unwrap(self) < _unwrap(other)

    def __le__(self, other):
        return _unwrap(self) <= _unwrap(other)

    def __gt__(self, other):
        return _unwrap(self) > _unwrap(other)

    def __ge__(self, other):
        return _unwrap(self) >= _unwrap(other)

    def __add__(self, other):
        return _unwrap(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _unwrap(self)

    def __sub__(self, other):
        return _unwrap(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _unwrap(self)

    def __mul__(self, other):
        return _unwrap(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _unwrap(self)

    def __truediv__(self, other):
        return _unwrap(self) / _unwrap(other)

    def __floordiv__(self, other):
        return _unwrap(self) // _unwrap(other)

    def __mod__(self, other):
        return _unwrap(self) % _unwrap(other)

    def __neg__(self):
        return -_proxy_target(self)

    def __pos__(self):
        return +_proxy_target(self)

    def __abs__(self):
        return abs(_proxy_target(self))

    def __index__(self):
        # proxy_index is PyNumber_Index of the referent: its TypeError, not an
        # AttributeError (bytes(), bytearray() and the like fall back on a TypeError).
        # range() converts through __index__ with CPython's complaint, as operator.index.
        return int.__index__(range(_proxy_target(self)).stop)

    def __bytes__(self):
        # proxy_bytes calls the referent's `__bytes__` method by name.
        return _proxy_target(self).__bytes__()

    def __int__(self):
        return int(_proxy_target(self))

    def __float__(self):
        return float(_proxy_target(self))


def _proxy_number_slots():
    # proxy_pow, proxy_iadd & co.: every number slot unwraps its operands (either may be
    # the proxy) and applies the operator to the referents; the in-place ones return what
    # the referent's in-place operator returned, not a proxy.
    def inplace_pow(a, b):
        a **= b
        return a

    binary = {
        'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b,
        'mod': lambda a, b: a % b, 'divmod': divmod, 'lshift': lambda a, b: a << b,
        'rshift': lambda a, b: a >> b, 'and': lambda a, b: a & b, 'xor': lambda a, b: a ^ b,
        'or': lambda a, b: a | b, 'matmul': lambda a, b: a @ b, 'pow': pow,
    }
    for name, op in binary.items():
        def forward(self, other, op=op):
            return op(_unwrap(self), _unwrap(other))

        def reflected(self, other, op=op):
            return op(_unwrap(other), _unwrap(self))
        if name not in ('truediv', 'floordiv', 'mod'):
            setattr(_ProxyBase, '__%s__' % name, forward)
        setattr(_ProxyBase, '__r%s__' % name, reflected)

    def proxy_pow(self, other, mod=None):
        if mod is None:
            return pow(_unwrap(self), _unwrap(other))
        return pow(_unwrap(self), _unwrap(other), _unwrap(mod))
    _ProxyBase.__pow__ = proxy_pow

    def proxy_invert(self):
        return ~_proxy_target(self)
    _ProxyBase.__invert__ = proxy_invert

    inplace = {
        'add': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//', 'mod': '%',
        'lshift': '<<', 'rshift': '>>', 'and': '&', 'xor': '^', 'or': '|', 'matmul': '@',
    }
    for name, sym in inplace.items():
        ns = {}
        exec('def op(a, b):\n    a %s= b\n    return a' % sym, ns)

        def apply(self, other, op=ns['op']):
            return op(_unwrap(self), _unwrap(other))
        setattr(_ProxyBase, '__i%s__' % name, apply)

    def proxy_ipow(self, other):
        return inplace_pow(_unwrap(self), _unwrap(other))
    _ProxyBase.__ipow__ = proxy_ipow

    def proxy_reversed(self):
        # proxy_reversed calls the referent's `__reversed__` method by name.
        return _proxy_target(self).__reversed__()
    _ProxyBase.__reversed__ = proxy_reversed


class ProxyType(_ProxyBase):
    __slots__ = ()


class CallableProxyType(_ProxyBase):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


def _unwrap(o):
    if type(o) is ProxyType or type(o) is CallableProxyType:
        return _proxy_target(o)
    return o


_proxy_number_slots()
del _proxy_number_slots

ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    if callable(ob):
        return _new_proxy(CallableProxyType, ob, callback)
    return _new_proxy(ProxyType, ob, callback)


class _WeakMethodState:
    # The callback of a WeakMethod (and of its function's ref): it also carries the
    # method's class. The function's ref lives on the WeakMethod, not here: it holds this
    # state as its callback, and a ref back would be a cycle CPython does not make.
    def __init__(self, meth_type, self_wr, callback):
        self.meth_type = meth_type
        self.self_wr = self_wr
        self.callback = callback
        self.alive = True

    def __call__(self, arg):
        # Called when the object or the function dies: the callback runs for the first.
        if not self.alive:
            return
        self.alive = False
        wm = self.self_wr()
        if self.callback is not None and wm is not None:
            self.callback(wm)


class KeyedRef(ReferenceType):
    """A weak reference that carries a key (what WeakValueDictionary stores)."""

    __slots__ = ("key",)

    # Native, as ReferenceType's: a weak container makes one per item.
    __new__ = staticmethod(_new_keyed_ref)


class WeakMethod(ReferenceType):
    """A weak reference to a bound method that lives as long as its instance."""

    __slots__ = ("_func_ref", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        state = _WeakMethodState(type(meth), None, callback)
        self = ReferenceType.__new__(cls, obj, state)
        state.self_wr = ReferenceType(self)
        self._func_ref = ReferenceType(func, state)
        return self

    def __call__(self):
        state = _ref_callback(self)
        if state is None:
            return None
        obj = _deref(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return _bind(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            a = _ref_callback(self)
            b = _ref_callback(other)
            if a is None or b is None or not a.alive or not b.alive:
                return self is other
            return _ref_eq(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            a = _ref_callback(self)
            b = _ref_callback(other)
            if a is None or b is None or not a.alive or not b.alive:
                return self is not other
            return _ref_ne(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return _ref_hash(self)


# The weak containers below make their refs with `ref(...)` rather
# than `ReferenceType(...)`: the same object (ReferenceType.__init__ does nothing), without
# the type call's `__new__`/`__init__` lookups, on their hottest path.
#
# Iteration is lazy, as CPython's: an iterator walks the container's own `data` while an
# `_IterationGuard` is registered in the container's `_iterating` set. While any guard is
# there, the callback of a dying item does not touch `data` (which would break the walk)
# but appends its key to `_pending_removals`; the last guard to leave commits them. An
# iterator that stops early keeps its guard until it is closed or freed. `len()` of a
# WeakSet or WeakKeyDictionary subtracts the pending removals; WeakValueDictionary and
# the mutating methods commit them first. Each generator keeps the item it last yielded
# in a local (the value as well for `items()`), so that item lives until the next step.


class _IterationGuard:
    """Registers one running iteration with its weak container (a context manager)."""

    def __init__(self, weakcontainer):
        # A weak reference: the guard must not keep the container alive.
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        w = self.weakcontainer()
        if w is not None:
            w._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        w = self.weakcontainer()
        if w is not None:
            running = w._iterating
            running.remove(self)
            if not running:
                w._commit_removals()


def _is_mapping(o):
    # Only called once the real weak dictionaries exist, so collections.abc is loaded.
    import collections.abc
    return isinstance(o, collections.abc.Mapping)


class _WeakMappingMixin:
    """What CPython's weak dictionaries inherit from MutableMapping and Mapping."""

    __slots__ = ()

    def clear(self):
        # MutableMapping.clear: popitem until empty, so entries go last to first.
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class WeakValueDictionary(_WeakMappingMixin):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    # Each value is held by a KeyedRef whose callback is the dictionary's one `remove`:
    # it deletes the entry under the ref's key, if that entry is still a dead ref (or
    # defers that while an iteration runs).
    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self),
                   _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _atomic_removal(self.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            _remove_dead_weakref(d, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, 'keys'):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new


class WeakKeyDictionary(_WeakMappingMixin):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        # Set by deletions: a pending removal may then name an entry already gone, and
        # `len()` first drops those from the list.
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            try:
                del d[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new


# CPython's weak dictionaries derive from `collections.abc.MutableMapping`. That module
# is too big to import while refpy starts (this file runs at start-up), so the two
# classes above are drafts: the first access to `weakref.WeakValueDictionary` or
# `weakref.WeakKeyDictionary` (module `__getattr__`) makes the real classes, with the
# drafts' methods over the `MutableMapping` base, and binds them as module globals.
_mapping_drafts = {'WeakValueDictionary': WeakValueDictionary,
                   'WeakKeyDictionary': WeakKeyDictionary}
del WeakValueDictionary, WeakKeyDictionary
_MIXIN_KEEP = ('__ior__', '__or__', '__ror__', '__repr__')


def _make_weak_mappings():
    from collections.abc import MutableMapping
    g = globals()
    for name, draft in list(_mapping_drafts.items()):
        ns = {k: v for k, v in draft.__dict__.items() if k not in ('__dict__', '__weakref__')}
        for k in _MIXIN_KEEP:
            ns.setdefault(k, _WeakMappingMixin.__dict__[k])
        g[name] = type(name, (MutableMapping,), ns)
    # The drafts stay referenced: freed now they would be cyclic garbage that the
    # script's next gc.collect() counts.
    g['_mapping_drafts_done'] = _mapping_drafts


def __getattr__(name):
    if name in _mapping_drafts and '_mapping_drafts_done' not in globals():
        # CPython had this done before the script started: the collector must not see it.
        _as_startup_work(_make_weak_mappings)
        return globals()[name]
    raise AttributeError(f"module 'weakref' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | {'WeakValueDictionary', 'WeakKeyDictionary'})


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)
        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __repr__(self):
        # `_weakrefset.WeakSet.__repr__`: the set of weak references itself.
        return repr(self.data)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ReferenceType, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ReferenceType, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ReferenceType, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __hash__ = None

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


WeakSet.__module__ = '_weakrefset'


class _FinalizeInfo:
    pass


_finalize_registry = {}
_finalize_counter = [0]


class finalize:
    """Calls func(*args, **kwargs) once obj is collected (or at exit, or when called)."""

    __slots__ = ('__weakref__',)

    def __init__(self, obj, func, /, *args, **kwargs):
        info = _FinalizeInfo()
        info.weakref = ReferenceType(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        if not _finalize_registered_with_atexit[0]:
            # As CPython's finalize: its exit hook joins atexit's list on first use.
            import atexit
            atexit.register(_run_exit_finalizers)
            _finalize_registered_with_atexit[0] = True
        _finalize_counter[0] += 1
        info.index = _finalize_counter[0]
        _finalize_registry[self] = info

    def __call__(self, _=None):
        info = _finalize_registry.pop(self, None)
        if info is not None and not _finalize_shutdown[0]:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = _finalize_registry.get(self)
        obj = info and info.weakref()
        if obj is not None and _finalize_registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = _finalize_registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in _finalize_registry

    def _get_atexit(self):
        info = _finalize_registry.get(self)
        return bool(info) and info.atexit

    def _set_atexit(self, value):
        info = _finalize_registry.get(self)
        if info:
            info.atexit = bool(value)

    atexit = property(_get_atexit, _set_atexit)

    def __repr__(self):
        info = _finalize_registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))


# Set once the exit finalizers ran: from then on (module teardown) no finalizer runs.
_finalize_shutdown = [False]
_finalize_registered_with_atexit = [False]


def _run_exit_finalizers():
    while True:
        pending = [(info.index, f) for f, info in _finalize_registry.items() if info.atexit]
        if not pending:
            _finalize_shutdown[0] = True
            return
        pending.sort(key=lambda p: p[0])
        f = pending[-1][1]
        del pending
        try:
            f()
        except Exception as e:
            import sys
            sys.stderr.write('Exception ignored in: %r\n' % (f,))
            sys.stderr.write('%s: %s\n' % (type(e).__name__, e))


def _rehome_c_types():
    # ReferenceType and the proxy types stand for C types and live forever; the functions
    # in their namespaces get a small globals dict of their own, so they do not keep this
    # module's (with finalize's registry) alive at exit, as CPython's C types do not.
    g = globals()
    import builtins
    ns = {'__builtins__': builtins, '__name__': __name__}
    done = {}

    def names_of(code):
        out = set(code.co_names)
        for c in code.co_consts:
            if type(c) is type(names_of.__code__):
                out |= names_of(c)
        return out

    def home(f):
        if type(f) is not type(home) or f.__globals__ is not g:
            return f
        if id(f) in done:
            return done[id(f)]
        new = type(f)(f.__code__, ns, f.__name__, None, f.__closure__)
        done[id(f)] = new
        new.__qualname__ = f.__qualname__
        new.__kwdefaults__ = f.__kwdefaults__
        if f.__defaults__:
            new.__defaults__ = tuple(home(d) for d in f.__defaults__)
        for cell in f.__closure__ or ():
            cell.cell_contents = home(cell.cell_contents)
        for name in names_of(f.__code__):
            if name in g and name not in ns:
                ns[name] = g[name]
                ns[name] = home(g[name])
        return new

    for cls in (ReferenceType, _ProxyBase, ProxyType, CallableProxyType):
        for name, v in list(cls.__dict__.items()):
            if type(v) is property:
                new = property(home(v.fget), home(v.fset), home(v.fdel), v.__doc__)
            elif type(v) is classmethod:
                new = classmethod(home(v.__func__))
            else:
                new = home(v)
            if new is not v:
                setattr(cls, name, new)


_rehome_c_types()
del _rehome_c_types


__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'KeyedRef', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']
