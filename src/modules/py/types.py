"""Names for the interpreter's built-in types that have no name in builtins, and a few
helpers for making classes dynamically (PEP 3115 / PEP 560).

refpy's own `types` module, written from its documentation. Most types have no other
name, so each is read off a sample object made here. Samples must leave no cyclic
garbage behind (no throwaway classes): CPython imports `types` at start-up, so the
first `gc.collect()` of a script never sees any.
"""

import sys as _sys


# -- the types, taken from samples ---------------------------------------------------

def _plain():
    pass


def _one_yield():
    yield None


async def _awaitable():
    pass


async def _async_stream():
    yield None


def _holder():
    held = None

    def uses():
        return held
    return uses.__closure__[0]


FunctionType = type(_plain)
LambdaType = type(lambda: None)
CodeType = type(_plain.__code__)
MappingProxyType = type(object.__dict__)
CellType = type(_holder())
GeneratorType = type(_one_yield())

_coro_sample = _awaitable()
CoroutineType = type(_coro_sample)
_coro_sample.close()  # never started: closing it avoids the "never awaited" warning

AsyncGeneratorType = type(_async_stream())
# A method bound to an int, not to an instance of a throwaway class (see above).
MethodType = type(_plain.__get__(1))
BuiltinFunctionType = type(abs)
BuiltinMethodType = type([].copy)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)

try:
    raise KeyError
except KeyError:
    _tb = _sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    del _tb

# The computed attributes of builtin types are getset descriptors, their C struct
# members member descriptors.
GetSetDescriptorType = type(int.__dict__['real'])
MemberDescriptorType = type(complex.__dict__['real'])

GenericAlias = type(tuple[int])
UnionType = type(int | None)
EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _plain, _one_yield, _awaitable, _async_stream, _holder, _coro_sample


# -- SimpleNamespace ------------------------------------------------------------------

class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with.

SimpleNamespace(**kwargs)"""

    __slots__ = ('__dict__',)  # no weak references, as the C type

    def __init__(self, /, *args, **kwargs):
        if not isinstance(self, SimpleNamespace):
            raise TypeError("descriptor '__init__' requires a 'types.SimpleNamespace' "
                            "object but received a '%s'" % type(self).__name__)
        if args:
            raise TypeError('no positional arguments expected')
        attrs = self.__dict__
        for key in kwargs:
            attrs[key] = kwargs[key]

    def __repr__(self):
        cls = type(self)
        label = 'namespace' if cls is SimpleNamespace else cls.__name__
        marker = id(self)
        if marker in _reprs_in_progress:
            return label + '(...)'
        _reprs_in_progress.add(marker)
        try:
            shown = ['%s=%r' % pair for pair in self.__dict__.items()]
        finally:
            _reprs_in_progress.discard(marker)
        return '%s(%s)' % (label, ', '.join(shown))

    # Namespaces compare as their attribute dicts do, for every operator.
    def __eq__(self, other):
        return _compare(self, other, lambda a, b: a == b)

    def __ne__(self, other):
        return _compare(self, other, lambda a, b: a != b)

    def __lt__(self, other):
        return _compare(self, other, lambda a, b: a < b)

    def __le__(self, other):
        return _compare(self, other, lambda a, b: a <= b)

    def __gt__(self, other):
        return _compare(self, other, lambda a, b: a > b)

    def __ge__(self, other):
        return _compare(self, other, lambda a, b: a >= b)

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# The C type's layout (object header plus a dict pointer), and its C name
# 'types.SimpleNamespace' in messages. (`_c_type_name` is a native helper of this
# module; a binary older than it lacks it.)
_sys._c_layout(SimpleNamespace, 24, True, False)
SimpleNamespace.__module__ = 'types'
if '_c_type_name' in globals():
    _c_type_name(SimpleNamespace)
_reprs_in_progress = set()


def _compare(self, other, op):
    """op applied to the attribute dicts of two namespaces."""
    if isinstance(other, SimpleNamespace):
        return op(self.__dict__, other.__dict__)
    return NotImplemented


# -- dynamic class creation ---------------------------------------------------------

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would: `bases` may hold objects with
    __mro_entries__, `kwds` the keywords of the class line (metaclass included),
    and exec_body(namespace) fills the prepared namespace."""
    real_bases = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **keywords)


def resolve_bases(bases):
    """`bases` with every item that is not a class but has __mro_entries__ replaced by
    what that method returns (PEP 560); `bases` itself when nothing changed."""
    result = []
    changed = False
    for item in bases:
        hook = None if isinstance(item, type) else getattr(item, '__mro_entries__', None)
        if hook is None:
            result.append(item)
            continue
        entries = hook(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(entries)
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The first step of making a class: (metaclass, namespace, remaining keywords).

    The metaclass is kwds['metaclass'] if given, else the most derived metaclass of
    the bases (type for none); the namespace comes from its __prepare__ if it has one;
    the keywords are a new dict, without 'metaclass'."""
    keywords = {} if kwds is None else dict(kwds)
    if 'metaclass' in keywords:
        meta = keywords.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return meta, namespace, keywords


def _calculate_meta(meta, bases):
    """The most derived of `meta` and the metaclasses of `bases`."""
    best = meta
    for candidate in map(type, bases):
        if issubclass(best, candidate):
            continue
        if not issubclass(candidate, best):
            raise TypeError("metaclass conflict: the metaclass of a derived class must "
                            "be a (non-strict) subclass of the metaclasses of all its "
                            "bases")
        best = candidate
    return best


# -- DynamicClassAttribute ---------------------------------------------------------

class DynamicClassAttribute:
    """A property seen on instances only. Looked up on the class it raises
    AttributeError, so the class's metaclass __getattr__ answers instead (this is how
    enum members can have attributes named like members of the class)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # A doc given explicitly stays; otherwise the getter's docstring is used,
        # and a new getter brings its own.
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _variant(self, fget, fset, fdel, doc):
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        own = fget.__doc__ if self.overwrite_doc else None
        return self._variant(fget, self.fset, self.fdel, own or self.__doc__)

    def setter(self, fset):
        return self._variant(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._variant(self.fget, self.fset, fdel, self.__doc__)


# -- generator-based coroutines ---------------------------------------------------

_FLAG_GENERATOR = 0x20
_FLAG_COROUTINE = 0x80
_FLAG_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What a types.coroutine-decorated callable that is not a generator function
    returns in place of a plain generator: the same generator, awaitable."""

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, typ, val=None, tb=None):
        return self._gen.throw(typ, val, tb)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen

    __await__ = __iter__

    gi_code = property(lambda self: self._gen.gi_code)
    gi_frame = property(lambda self: self._gen.gi_frame)
    gi_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = property(lambda self: self._gen.gi_yieldfrom)
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom


def _needs_wrapper(result):
    """True for a generator that cannot be awaited as it is."""
    if type(result) is CoroutineType:
        return False
    if type(result) is GeneratorType:
        return not result.gi_code.co_flags & _FLAG_ITERABLE_COROUTINE
    from collections import abc
    return isinstance(result, abc.Generator) and not isinstance(result, abc.Coroutine)


def coroutine(func):
    """Turn a generator function into one whose generators may be awaited (a
    generator-based coroutine). Other callables are wrapped so that a generator they
    return comes back awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(func.__code__) is CodeType:
        flags = func.__code__.co_flags
        if flags & (_FLAG_COROUTINE | _FLAG_ITERABLE_COROUTINE):
            return func
        if flags & _FLAG_GENERATOR:
            # refpy sets the flag on a copy of the function (see vm::coroutine).
            return _iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        return _GeneratorWrapper(result) if _needs_wrapper(result) else result

    import functools
    return functools.wraps(func)(wrapped)


__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
    'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
    'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
    'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
    'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
    'NoneType', 'NotImplementedType',
]
__all__ = [_name for _name in __all__ if _name in globals()]
