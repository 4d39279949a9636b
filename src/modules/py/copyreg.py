"""Hooks that let pickle and copy handle types which cannot describe themselves.

refpy's version, written from the pickle documentation.  Three things live here:

* ``dispatch_table``: type -> reducer, filled through ``pickle()``;
* the extension-code registry (``add_extension`` and friends), which pickle
  consults to write a global as a one-to-four byte EXT code;
* the small callables that ``object.__reduce_ex__`` names in the tuples it
  returns (``__newobj__``, ``__newobj_ex__``, ``_reconstructor``) and the
  protocol 0/1 reducer itself (``_reduce_ex``).  Their names are part of every
  pickle that mentions them, so they are fixed.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# A type flag of CPython's type objects ("allocated on the heap", i.e. made by
# a class statement); kept for code that reads it.
_HEAPTYPE = 1 << 9

dispatch_table = {}


def _require_callable(value, what):
    if not callable(value):
        raise TypeError(what + " must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make ``pickle_function(obj)`` the reducer of ``ob_type`` instances."""
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        # Only checked: nothing records the constructor any more.
        constructor(constructor_ob)


def constructor(object):
    """Check that ``object`` could serve as a constructor (it is callable)."""
    _require_callable(object, "constructors")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # ``int | str`` is rebuilt as functools.reduce(operator.or_, (int, str)).
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# ---- what object.__reduce_ex__ refers to ---------------------------------

def __newobj__(cls, *args):
    """Target of the NEWOBJ opcode: ``cls.__new__`` without ``__init__``."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Target of NEWOBJ_EX: like ``__newobj__`` with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _is_builtin_class(cls):
    """Whether ``cls`` stands for a type implemented in C by CPython.

    refpy has no type flags; its built-in types are the ones whose module is
    ``builtins`` (pickle uses this test as well)."""
    return getattr(cls, "__module__", None) == "builtins"


def _c_base_of(cls):
    """The first class of ``cls``'s MRO that CPython would implement in C."""
    return next((k for k in cls.__mro__ if _is_builtin_class(k)), object)


def _reconstructor(cls, base, state):
    """Undo ``_reduce_ex``: make a ``cls`` the way ``base`` makes its value."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made


def _protocol01_state(obj, proto):
    """The state that follows the constructor arguments, or None."""
    kind = type(obj)
    has_slots = bool(getattr(obj, "__slots__", None))
    getter = getattr(obj, "__getstate__", None)
    if getter is None:
        # Only for objects whose class hides object.__getstate__.
        if has_slots:
            raise TypeError(f"cannot pickle {kind.__name__!r} object: a class "
                            "that defines __slots__ without defining "
                            "__getstate__ cannot be pickled with protocol "
                            f"{proto}") from None
        return getattr(obj, "__dict__", None)
    if has_slots and kind.__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    return getter()


def _reduce_ex(self, proto):
    """``object.__reduce_ex__`` for protocols 0 and 1.

    The object travels as (class, first C base, that base's copy of the
    value) and, if it is not empty, its state."""
    assert proto < 2
    kind = self.__class__
    base = _c_base_of(kind)
    if base is object:
        value = None
    elif base is kind:
        raise TypeError(f"cannot pickle {kind.__name__!r} object")
    else:
        value = base(self)
    state = _protocol01_state(self, proto)
    head = (_reconstructor, (kind, base, value))
    return head + (state,) if state else head


def _mangled(owner, slot):
    """A slot name as it is stored: ``__x`` in class ``_K`` becomes ``_K__x``."""
    if not slot.startswith("__") or slot.endswith("__"):
        return slot
    prefix = owner.__name__.lstrip("_")
    return f"_{prefix}{slot}" if prefix else slot


def _slotnames(cls):
    """Every slot of ``cls`` and its bases (without __dict__/__weakref__).

    Cached in ``cls.__slotnames__`` (when the class allows it)."""
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = [declared]
            found.extend(_mangled(klass, s) for s in declared
                         if s not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# ---- extension codes -------------------------------------------------------
# pickle reads these three dictionaries directly.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> the object, once unpickled

_CODE_LIMIT = 0x7fffffff


def _registered(key, code):
    return (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key)


def add_extension(module, name, code):
    """Give the global ``module.name`` the extension code ``code``."""
    code = int(code)
    if code < 1 or code > _CODE_LIMIT:
        raise ValueError("code out of range")
    key = (module, name)
    if _registered(key, code):
        return
    taken = _extension_registry.get(key)
    if taken is not None or key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, taken))
    owner = _inverted_registry.get(code)
    if owner is not None or code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, owner))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Forget a registration made by ``add_extension`` (meant for tests)."""
    key = (module, name)
    if not _registered(key, code):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
