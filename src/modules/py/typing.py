"""Support for type hints: the names annotations use, and the little runtime they have.

refpy's own implementation of what CPython 3.11 documents, kept lean: annotations are
not checked, so what matters at run time is that every name imports, subscripts the way
CPython's do (List[int], Optional[int], Callable[[int], str]), prints the same repr,
compares equal where CPython's compare equal, and that get_type_hints, get_origin,
get_args, NamedTuple, TypedDict, Generic, Protocol and runtime_checkable behave as
documented. A subscription makes a small alias object (_GenericAlias) that remembers its
origin and arguments; nothing here holds on to user objects beyond what it is given.
"""

import sys
import collections
import collections.abc
import types
from abc import ABCMeta, abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never',
    'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)
# Defined below; _type_check refers to them, and runs before they exist (AnyStr).
_GenericAlias = Generic = Protocol = None


def _type_repr(obj):
    """An argument as typing's reprs show it: builtins bare, other classes qualified."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg, is_argument=True, allow_special_forms=False):
    """Check that `arg` can stand as a type argument (3.11 refuses only tuples and bare
    special forms); None and strings are converted. A class annotation (not an
    argument) may be ClassVar[...] or Final[...], or even bare ClassVar/Final."""
    arg = _type_convert(arg)
    if is_argument and _GenericAlias is not None and isinstance(arg, _GenericAlias) and \
            arg.__origin__ in (ClassVar, Final):
        raise TypeError('%s is not valid as type argument' % (arg,))
    if isinstance(arg, _SpecialForm):
        if arg._name not in ('Any', 'LiteralString', 'NoReturn', 'Never', 'Self',
                             'TypeAlias') and not (allow_special_forms
                                                   and arg._name in ('ClassVar', 'Final')):
            raise TypeError('Plain %s is not valid as type argument' % (arg,))
    elif arg is not None and (arg is Generic or arg is Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for arg in args:
        if isinstance(arg, (TypeVar, TypeVarTuple)):
            if arg not in params:
                params.append(arg)
        else:
            for param in getattr(arg, '__parameters__', ()):
                if param not in params:
                    params.append(param)
    return tuple(params)


def _tuple_params(params):
    return params if isinstance(params, tuple) else (params,)


# ------------------------------------------------------------------ special forms

class _Final:
    """Classes of typing's own objects, which cannot be subclassed."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError('Cannot subclass special typing classes')


class _Unionable:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Unionable, _Final, _root=True):
    # Any, Union, Optional, ClassVar, Final, Literal...: a name with a repr and, for
    # some, a subscription. (No class docstring: each instance has its own __doc__.)

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(name, doc=None):
    def getitem(self, parameters):
        raise TypeError('%s is not subscriptable' % (self,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


Any = _special('Any', 'Special type indicating an unconstrained type.')
NoReturn = _special('NoReturn', 'Special type indicating functions that never return.')
Never = _special('Never', 'The bottom type, a type that has no members.')
Self = _special('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _special('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _special('TypeAlias', 'Special marker indicating an explicit type alias.')


def _single_param_form(name):
    def getitem(self, parameters):
        item = _type_check(parameters, '%s accepts only single type.' % (self,))
        return _GenericAlias(self, (item,))
    getitem.__name__ = name
    return _SpecialForm(getitem)


ClassVar = _single_param_form('ClassVar')
Final = _single_param_form('Final')
TypeGuard = _single_param_form('TypeGuard')
Required = _single_param_form('Required')
NotRequired = _single_param_form('NotRequired')


def Unpack(self, parameters):
    """Type unpack operator: Unpack[Ts] is written *Ts."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _UnpackGenericAlias(self, (item,))


Unpack = _SpecialForm(Unpack)


def _dedupe(args):
    result = []
    for arg in args:
        if arg not in result:
            result.append(arg)
    return tuple(result)


def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _tuple_params(parameters)
    msg = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias) or isinstance(p, types.UnionType):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _dedupe(flat)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, flat)


Union = _SpecialForm(Union)


def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, '%s requires a single type.' % (self,))
    return Union[arg, _NoneType]


Optional = _SpecialForm(Optional)


def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    flat = []
    for p in _tuple_params(parameters):
        # Literal[Literal[1, 2], 3] is Literal[1, 2, 3]
        flat.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    # duplicates by value and type: Literal[1, True] keeps both
    kept, seen = [], []
    for p in flat:
        if (p, type(p)) not in seen:
            seen.append((p, type(p)))
            kept.append(p)
    return _LiteralGenericAlias(self, tuple(kept))


Literal = _SpecialForm(Literal)


def Concatenate(self, parameters):
    """Used with Callable and ParamSpec for higher order functions."""
    return _GenericAlias(self, _tuple_params(parameters))


Concatenate = _SpecialForm(Concatenate)


class _AnnotatedAlias(_Unionable, _Final, _root=True):
    def __init__(self, origin, metadata):
        self.__origin__ = origin
        self.__metadata__ = metadata
        self.__args__ = (origin,)
        self.__parameters__ = _collect_parameters((origin,))

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        if isinstance(origin, _AnnotatedAlias):
            return _AnnotatedAlias(origin.__origin__, origin.__metadata__ + params[1:])
        return _AnnotatedAlias(origin, tuple(params[1:]))


# ------------------------------------------------------------------ type variables

def _caller_module(depth=2):
    """The module calling at `depth`; without frame introspection (sys._getframe),
    the usual caller: a script."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar(_Unionable, _Final, _root=True):
    """Type variable: T = TypeVar('T'), optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = (_type_check(bound, 'Bound must be a type.')
                          if bound is not None else None)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % (self.__origin__.__name__,)


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % (self.__origin__.__name__,)


class ParamSpec(TypeVar, _root=True):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class ForwardRef(_Final, _root=True):
    """A type given as a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r'
                              % (arg,)) from None
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = eval(self.__forward_arg__, globalns, localns)
        value = _type_check(value, 'Forward references must evaluate to types.',
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        return _eval_type(value, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


# ------------------------------------------------------------------ aliases

class _GenericAlias(_Unionable, _Final, _root=True):
    """A subscription such as List[int] or ClassVar[str]: its origin and arguments."""

    def __init__(self, origin, args, *, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else a for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name

    def _repr_args(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        return '%s[%s]' % (head, self._repr_args())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name)

    def __getitem__(self, params):
        """Substitute this alias's type variables: List[T][int] is List[int]."""
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % (self,))
        params = tuple(_type_convert(p) for p in _tuple_params(params))
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
                'many' if len(params) > len(self.__parameters__) else 'few', self,
                len(params), len(self.__parameters__)))
        return self.copy_with(tuple(_substitute(a, dict(zip(self.__parameters__, params)))
                                    for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None and isinstance(self.__origin__, type) and \
                self.__origin__.__module__ == 'builtins':
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        """Stack[int] as a base is Stack; List[int] is list and Generic (Generic only
        once, from the last base that needs it); Generic[T] gives way to a later
        subscripted base (so two of them reach __init_subclass__'s complaint)."""
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        later = bases[bases.index(self) + 1:]
        if origin is Generic:
            if Protocol in bases or any(isinstance(b, _GenericAlias) and b is not self
                                        for b in later):
                return ()
            return (Generic,)
        if not self._name:
            return (origin,)
        entries = () if origin in bases else (origin,)
        for b in later:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                return entries
        return entries + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name') or attr.startswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance '
                        'checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance '
                        'checks')

    def __reduce__(self):
        return self.__origin__, self.__args__


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, mapping) for a in arg.__args__))
    return arg


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name='Union')

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[1]),)
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[0]),)
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name='Literal')
        self.__parameters__ = ()

    def _repr_args(self):
        return ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == set(
            (a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


def _is_param_expr(arg):
    # What may stand for a whole parameter list: ..., a ParamSpec, a Concatenate.
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec)) or (
        isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + _type_repr(self.__args__[0])


class _CallableGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, args):
        # a ParamSpec replaced by a list of types: Callable[P, T][[int], str]
        if len(args) == 2 and isinstance(args[0], (list, tuple)):
            args = tuple(args[0]) + (args[1],)
        return self.__class__(self.__origin__, args, name=self._name)

    def _repr_args(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return '%s, %s' % (_type_repr(args[0]), _type_repr(args[1]))
        return '[%s], %s' % (', '.join(_type_repr(a) for a in args[:-1]),
                             _type_repr(args[-1]))


class _SpecialGenericAlias(_Unionable, _Final, _root=True):
    """An unsubscripted alias of a standard class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, name, *, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _tuple_params(params)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
                'many' if len(params) > self._nparams else 'few', self, len(params),
                self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be '
                                        'a type.') for a in args)
        elif args is ... or isinstance(args, ParamSpec) or (
                isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
            args = (args,)
        else:
            args = (_type_check(args, 'Callable[args, result]: args must be a type.'),)
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        return _CallableGenericAlias(self.__origin__, args + (result,), name=self._name)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        params = _tuple_params(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], 'Tuple[t, ...]: t must be '
                                                     'a type.'), ...), name='Tuple')
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params),
                             name='Tuple')


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Callable = _CallableType(_abc.Callable, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Type = _SpecialGenericAlias(type, 1, 'Type')


def _lazy_origin(module, name):
    try:
        return getattr(__import__(module), name)
    except (ImportError, AttributeError):
        return type(name, (), {'__module__': module})


ContextManager = _SpecialGenericAlias(_lazy_origin('contextlib', 'AbstractContextManager'),
                                      1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(
    _lazy_origin('contextlib', 'AbstractAsyncContextManager'), 1, 'AsyncContextManager')
Pattern = _SpecialGenericAlias(_lazy_origin('re', 'Pattern'), 1, 'Pattern')
Match = _SpecialGenericAlias(_lazy_origin('re', 'Match'), 1, 'Match')
Text = str


# ------------------------------------------------------------------ Generic, Protocol

def _generic_class_getitem(cls, params):
    params = tuple(_type_convert(p) for p in _tuple_params(params))
    if cls in (Generic, Protocol):
        params = tuple(p.__args__[0] if isinstance(p, _UnpackGenericAlias) and
                       isinstance(p.__args__[0], TypeVarTuple) else p for p in params)
        if not params:
            raise TypeError('Parameter list to %s[...] cannot be empty'
                            % (cls.__qualname__,))
        if not all(isinstance(p, (TypeVar, TypeVarTuple)) for p in params):
            raise TypeError('Parameters to %s[...] must all be type variables or '
                            'parameter specification variables.' % (cls.__name__,))
        if len(set(params)) != len(params):
            raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
        return _GenericAlias(cls, params)
    expected = cls.__dict__.get('__parameters__', ())
    if not expected:
        raise TypeError('%s is not a generic class' % (_type_repr(cls),))
    if len(expected) == 1 and isinstance(expected[0], ParamSpec):
        # a class generic over one ParamSpec takes the whole list: G[int, str]
        if len(params) != 1 or not _is_param_expr(params[0]):
            params = (params,)
        elif isinstance(params[0], list):
            params = (tuple(params[0]),)
    if any(isinstance(p, TypeVarTuple) for p in expected):
        if len(params) < len(expected) - 1:
            raise TypeError('Too few arguments for %s; actual %d, expected at least %d'
                            % (cls, len(params), len(expected) - 1))
        return _GenericAlias(cls, params)
    if len(params) != len(expected):
        raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
            'many' if len(params) > len(expected) else 'few', cls, len(params),
            len(expected)))
    return _GenericAlias(cls, params)


class Generic:
    """Abstract base class for generic types: class Stack(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig_bases = cls.__dict__.get('__orig_bases__', ())
        if Generic in cls.__bases__ and cls.__name__ != 'Protocol' and not orig_bases:
            raise TypeError('Cannot inherit from plain Generic')
        tvars = _collect_parameters(orig_bases)
        # Only a Generic[...] base declares the parameters (a Protocol[...] adds to them).
        declared = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = base.__parameters__
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]' % (
                    ', '.join(str(t) for t in missing), ', '.join(str(t) for t in declared)))
            tvars = declared
        cls.__parameters__ = tuple(tvars)


_PROTO_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
    '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '__match_args__',
    '__protocol_attrs__', '_abc_registry', '_abc_cache', '_abc_negative_cache',
    '_abc_impl',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTO_SKIP:
                attrs.add(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if _methods_only(cls) and issubclass(type(instance), cls):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            # abc's own walks over subclasses ask too: they get the nominal answer
            internal = sys._getframe(1).f_globals.get('__name__') in ('abc', 'functools')
            if not cls.__dict__.get('_is_runtime_protocol', False):
                if internal:
                    return super().__subclasscheck__(other)
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if not _methods_only(cls):
                if internal:
                    return super().__subclasscheck__(other)
                raise TypeError("Protocols with non-method members don't support "
                                "issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if _structural_match(cls, other):
                return True
        return super().__subclasscheck__(other)


def _methods_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


def _structural_match(cls, other):
    # every protocol member defined (not as None) somewhere along other's MRO
    for attr in _protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return False
                break
        else:
            return False
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


# The non-protocol classes a protocol may still derive from (one-method ABCs).
_PROTOCOL_BASES = {
    'collections.abc': frozenset({'Callable', 'Awaitable', 'Iterable', 'Iterator',
                                  'AsyncIterable', 'Hashable', 'Sized', 'Container',
                                  'Collection', 'Reversible'}),
    'contextlib': frozenset({'AbstractContextManager', 'AbstractAsyncContextManager'}),
}


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic)
                        or base.__name__ in _PROTOCOL_BASES.get(base.__module__, ())
                        or issubclass(base, Generic) and base._is_protocol):
                    raise TypeError('Protocols can only inherit from other protocols, '
                                    'got %r' % (base,))
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        'got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _support(name, method, *params):
    """One of the Supports* protocols: a single abstract method `method`."""
    def _body(self):
        pass
    _body.__name__ = method
    ns = {method: abstractmethod(_body), '__slots__': (), '__module__': 'typing',
          '__qualname__': name}
    cls = runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))
    cls.__parameters__ = params
    return cls


SupportsInt = _support('SupportsInt', '__int__')
SupportsFloat = _support('SupportsFloat', '__float__')
SupportsComplex = _support('SupportsComplex', '__complex__')
SupportsBytes = _support('SupportsBytes', '__bytes__')
SupportsIndex = _support('SupportsIndex', '__index__')
SupportsAbs = _support('SupportsAbs', '__abs__', T_co)
SupportsRound = _support('SupportsRound', '__round__', T_co)


# ------------------------------------------------------------------ NamedTuple, TypedDict

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                            '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, fields, module, defaults=()):
    msg = 'NamedTuple(\'Name\', [(f0, t0), (f1, t1), ...]); each t must be a type'
    annotations = {n: _type_check(t, msg) for n, t in fields}
    nm_tpl = collections.namedtuple(name, [n for n, t in fields], defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        annotations = ns.get('__annotations__', {})
        default_names = []
        for field_name in annotations:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default '
                                'field%s %s' % (field_name, 's' if len(default_names) > 1
                                                else '', ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, annotations.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple) or NamedTuple('P', [...])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to '
                        'NamedTuple, not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a '
                                'non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg) for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required or (total and origin is not NotRequired):
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys; its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not '
                        'both')
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct name for a type, for checkers; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                        'looking for: `%s = NewType(%r, %s)`'
                        % ('Derived', 'Derived', self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


# ------------------------------------------------------------------ functions

def cast(typ, val):
    """Return `val` unchanged; tells a type checker it has type `typ`."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % (value,))


def reveal_type(obj, /):
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


def final(f):
    """Mark a method or class final (for checkers); sets __final__ where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        # also the functions and classes defined directly in this class's body
        for key in dir(arg):
            member = getattr(arg, key)
            if (getattr(member, '__qualname__', None) != '%s.%s' % (arg.__qualname__, getattr(member, '__name__', ''))
                    or getattr(member, '__module__', None) != arg.__module__):
                continue
            func = getattr(member, '__func__', member)
            if isinstance(member, type):
                no_type_check(member)
            elif callable(func) and hasattr(func, '__code__'):
                func.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return (func.__module__, func.__qualname__)


def overload(func):
    """Mark one signature of an overloaded function (for checkers)."""
    try:
        _overload_registry.setdefault(_overload_key(func), []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(_overload_key(func), []))


def clear_overloads():
    _overload_registry.clear()


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, types.GenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (
                len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, (types.GenericAlias, types.UnionType)):
        # list["int"], "int" | None: the strings inside are forward references too
        args = tuple(_eval_type(ForwardRef(a) if isinstance(a, str) else a,
                                globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, types.UnionType):
            result = args[0]
            for a in args[1:]:
                result = result | a
            return result
        return types.GenericAlias(t.__origin__, args)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def _resolve(value, globalns, localns, is_argument=True, is_class=False):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, strings evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                hints[name] = _resolve(value, base_globals, base_locals, is_argument=False,
                                       is_class=True)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, (type, types.ModuleType, types.FunctionType,
                                types.MethodType)) or callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        for name, value in annotations.items():
            hints[name] = _resolve(value, globalns, localns,
                                   is_argument=not isinstance(obj, types.ModuleType))
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
