"""Abstract base classes: ABCMeta, ABC, abstractmethod and friends.

Our own implementation of the documented behaviour: a class whose metaclass is ABCMeta
records its abstract methods in __abstractmethods__ and cannot be instantiated while any
remain; isinstance() and issubclass() consult registered virtual subclasses and
__subclasshook__.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


import sys as _sys
from weakref import WeakSet as _WeakSet

_cache_token = [0]


def get_cache_token():
    """A value that changes whenever a virtual subclass is registered anywhere."""
    return _cache_token[0]


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True


def _compute_abstracts(cls, namespace_items):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_registry = []
        # As `_abc`'s data: weak positive and negative caches of subclass answers, so
        # a repeated check allocates nothing; the negative one is dropped whenever a
        # register() anywhere moves the cache token.
        cls._abc_cache = _WeakSet()
        cls._abc_negative_cache = _WeakSet()
        cls._abc_negative_cache_version = _cache_token[0]
        # `_abc_init`: the sequence or mapping flag an ABC asks for (what `match`
        # patterns test), taken out of the namespace.
        if '__abc_tpflags__' in cls.__dict__:
            _sys._set_tpflags(cls, cls.__dict__['__abc_tpflags__'])
            delattr(cls, '__abc_tpflags__')
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it, so it works as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        _sys._register_tpflags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _cache_token[0]
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _cache_token[0]:
            cls._abc_negative_cache = _WeakSet()
            cls._abc_negative_cache_version = _cache_token[0]
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            (cls._abc_cache if ok else cls._abc_negative_cache).add(subclass)
            return bool(ok)
        found = cls in subclass.__mro__
        if not found:
            for registered in cls.__dict__.get('_abc_registry', ()):
                if issubclass(subclass, registered):
                    found = True
                    break
        if not found:
            for sub in type.__subclasses__(cls):
                if issubclass(subclass, sub):
                    found = True
                    break
        (cls._abc_cache if found else cls._abc_negative_cache).add(subclass)
        return found

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        print("_abc_registry: %r" % (cls._abc_registry,), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute __abstractmethods__ after methods were added to or removed from `cls`."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(
        cls, [(name, getattr(cls, name, None)) for name in cls.__dict__])
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from it to get ABCMeta as metaclass."""
    __slots__ = ()
