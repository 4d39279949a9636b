# refpy's weakref module, Python half.  The native half (functions starting with an
# underscore, getweakrefcount, getweakrefs) is in src/modules/weakref.rs.


class ReferenceType:
    __slots__ = ()

    # __init__ and __call__ are native (installed by weakref.rs), as is __new__.
    __new__ = staticmethod(_new_ref)

    def __hash__(self):
        return _ref_hash(self)

    def __eq__(self, other):
        return _ref_eq(self, other)

    def __ne__(self, other):
        return _ref_ne(self, other)

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
        return _proxy_target(self).__index__()

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
        return reversed(_proxy_target(self))
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


# The weak containers below make their refs with `_new_ref(ReferenceType, ...)` rather
# than `ReferenceType(...)`: the same object (ReferenceType.__init__ does nothing), without
# the type call's `__new__`/`__init__` lookups, on their hottest path.


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    # Each value is held by a KeyedRef whose callback is the dictionary's one `_remove`:
    # it deletes the entry under the ref's key, if that entry is still a dead ref.
    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                _remove_dead_weakref(self._data, wr.key)
        self._remove = remove
        self._data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = _new_keyed_ref(KeyedRef, value, self._remove, key)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        try:
            o = self._data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        # Dead entries leave at once through `_remove`, so every entry counts (CPython's
        # `len(self.data)`, also for refs whose callbacks were never called).
        return len(self._data)

    def __iter__(self):
        for key, wr in list(self._data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

    def keys(self):
        return list(self)

    def values(self):
        out = []
        for wr in list(self._data.values()):
            o = wr()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for key, wr in list(self._data.items()):
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    itervaluerefs = None

    def valuerefs(self):
        return list(self._data.values())

    def get(self, key, default=None):
        # (no `return` of a variable inside an except block: see the report)
        wr = self._data.get(key)
        o = None if wr is None else wr()
        if o is None:
            return default
        return o

    def pop(self, key, *args):
        try:
            o = self._data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self._data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self._data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self_wr = ReferenceType(self)

        def remove(k, selfref=self_wr):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[_new_ref(ReferenceType, key)]

    def __setitem__(self, key, value):
        self.data[_new_ref(ReferenceType, key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[_new_ref(ReferenceType, key)]

    def __contains__(self, key):
        try:
            wr = _new_ref(ReferenceType, key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)

    def keys(self):
        return list(self)

    def values(self):
        out = []
        for wr, value in list(self.data.items()):
            if wr() is not None:
                out.append(value)
        return out

    def items(self):
        out = []
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, value))
        return out

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        wr = None
        try:
            wr = _new_ref(ReferenceType, key)
        except TypeError:
            pass
        if wr is None:
            return default
        return self.data.get(wr, default)

    def pop(self, key, *args):
        return self.data.pop(_new_ref(ReferenceType, key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(_new_ref(ReferenceType, key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy
    __hash__ = None


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self_wr = ReferenceType(self)

        def remove(item, selfref=self_wr):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = _new_ref(ReferenceType, item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        # `_weakrefset.WeakSet.__repr__`: the set of weak references itself.
        return repr(self.data)

    def add(self, item):
        self.data.add(_new_ref(ReferenceType, item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(_new_ref(ReferenceType, item))

    def discard(self, item):
        self.data.discard(_new_ref(ReferenceType, item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = WeakSet(self)
        new.update(other)
        return new

    __or__ = union

    def intersection(self, other):
        other = list(other)
        return WeakSet(item for item in self if item in other)

    __and__ = intersection

    def difference(self, other):
        other = list(other)
        return WeakSet(item for item in self if item not in other)

    __sub__ = difference

    def symmetric_difference(self, other):
        other = WeakSet(other)
        new = self.difference(other)
        new.update(other.difference(self))
        return new

    __xor__ = symmetric_difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    __hash__ = None


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


__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'KeyedRef', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']
