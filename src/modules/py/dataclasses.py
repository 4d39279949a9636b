"""Data classes: the @dataclass decorator and its helpers.

refpy's own implementation of the behaviour CPython 3.11 documents. A data class is an
ordinary class; the decorator reads its annotations once, records one Field per name in
__dataclass_fields__, and adds the special methods it was asked for. __init__ is compiled
from generated source text (as CPython does), so its signature, defaults and argument
errors ("P.__init__() missing 1 required positional argument: 'x'") are those of a plain
function; the other methods are closures over the field names. Instances are plain
instances: nothing here keeps a reference to them.
"""

import sys
import keyword
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    """The kind of a Field: a real field, a ClassVar, or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """An init-only pseudo-field: passed to __init__ and __post_init__, never stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            return 'dataclasses.InitVar[%s]' % self.type.__name__
        return 'dataclasses.InitVar[%r]' % (self.type,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns and __dataclass_fields__ holds: one field's options."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor used as a default still learns its name.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash,
                   self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Options for one field, placed as the class attribute's value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ------------------------------------------------------------------ annotations

def _annotation_names(annotation, names):
    """Whether a string annotation names one of `names` (e.g. 'ClassVar[int]')."""
    head = annotation.strip().split('[', 1)[0].strip()
    return head in names


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return _annotation_names(a_type, ('ClassVar', 'typing.ClassVar', 't.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return _annotation_names(a_type, ('InitVar', 'dataclasses.InitVar'))
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return _annotation_names(a_type, ('KW_ONLY', 'dataclasses.KW_ONLY'))
    return a_type is KW_ONLY


def _get_field(cls, name, a_type, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING       # a slot of a base class, not a default
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), name))
    return f


def _format_annotation(annotation):
    """An annotation as inspect.signature prints it (the class __doc__ uses it)."""
    module = getattr(annotation, '__module__', None)
    if module == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and type(annotation).__name__ != 'GenericAlias':
        if module == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (module, annotation.__qualname__)
    return repr(annotation)


# ------------------------------------------------------------------ method makers

def _set_qualname(cls, fn):
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    """Add `value` unless the class defines `name` itself; True if it did."""
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % f.name)

    env = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}

    def param(f):
        env['__dataclass_type_%s__' % f.name] = f.type
        text = '%s:__dataclass_type_%s__' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return text + '=__dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default
            return text + '=__dataclass_dflt_%s__' % f.name
        return text

    params = ['self'] + [param(f) for f in std_fields]
    if kw_fields:
        params += ['*'] + [param(f) for f in kw_fields]

    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        dflt = '__dataclass_dflt_%s__' % f.name
        if f.default_factory is not MISSING:
            env[dflt] = f.default_factory
            if f.init:
                value = '%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (
                    dflt, f.name, f.name)
            else:
                value = dflt + '()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            env[dflt] = f.default
            value = dflt
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self,%r,%s)'
                        % (f.name, value))
        else:
            body.append('self.%s=%s' % (f.name, value))
    if has_post_init:
        body.append('self.%s(%s)' % (_POST_INIT_NAME, ','.join(
            f.name for f in all_fields if f._field_type is _FIELD_INITVAR)))
    if not body:
        body = ['pass']

    names = sorted(env)
    source = 'def __create_fn__(%s):\n def __init__(%s):\n%s\n return __init__\n' % (
        ', '.join(names), ','.join(params), '\n'.join('  ' + line for line in body))
    module = sys.modules.get(cls.__module__)
    globs = module.__dict__ if module is not None else {}
    scope = {}
    exec(source, globs, scope)
    fn = scope['__create_fn__'](*[env[name] for name in names])
    annotations = getattr(fn, '__annotations__', None)
    if annotations is not None:     # (refpy's functions do not keep annotations yet)
        annotations['return'] = None
    return fn


_repr_running = set()


def _repr_fn(names):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__qualname__, ', '.join(
                ['%s=%r' % (name, getattr(self, name)) for name in names]))
        finally:
            _repr_running.discard(key)
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _eq_fn(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) == _values(other, names)
        return NotImplemented
    return __eq__


def _order_fn(name, compare, names):
    def order(self, other):
        if other.__class__ is self.__class__:
            return compare(_values(self, names), _values(other, names))
        return NotImplemented
    order.__name__ = name
    return order


_ORDER = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
          ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]


def _hash_fn(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _frozen_fns(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


# (unsafe_hash, eq, frozen, has an explicit __hash__) -> what to do with __hash__
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return 'raise' if has_explicit_hash else 'add'
    if not eq or has_explicit_hash:
        return None
    return 'add' if frozen else 'none'


# ------------------------------------------------------------------ the decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, all_init_fields, std_init_fields, kw_init_fields, frozen,
            hasattr(cls, _POST_INIT_NAME), slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f.name for f in field_list
                                                      if f.repr]))
    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn(compare_names))
    if order:
        for name, compare in _ORDER:
            if _set_new_attribute(cls, name, _order_fn(name, compare, compare_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for fn in _frozen_fns(cls, [f.name for f in field_list]):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if action == 'raise':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        cls.__hash__ = _set_qualname(cls, _hash_fn(
            [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]))

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def _signature_text(std_fields, kw_fields):
    def param(f):
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + ' = %r' % (f.default,)
        return text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params += ['*'] + [param(f) for f in kw_fields]
    return '(%s)' % ', '.join(params)


def _slot_names(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of `cls` with __slots__ for its fields (a class cannot gain slots later)."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    cls_dict = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slot_names(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _frozen_setstate
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, hashing, freezing) to a
    class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ------------------------------------------------------------------ helpers

def fields(class_or_instance):
    """The Field objects of a dataclass or instance, without ClassVars and InitVars."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory):
    """asdict/astuple's recursion: dataclasses through `factory`, containers rebuilt,
    anything else deep-copied."""
    if _is_dataclass_instance(obj):
        # A plain loop, not a comprehension: CPython's `_asdict_inner` makes no function
        # object here, and gc.get_count() shows the difference.
        pairs = []
        for f in fields(obj):
            pairs.append((f.name, _convert(getattr(obj, f.name), factory)))
        return factory(pairs)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory), _convert(v, factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses and
    containers."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


def replace(obj, /, **changes):
    """A new instance of obj's class with the same fields except `changes`."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """A new dataclass called `cls_name` from (name, type[, Field]) items or names."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = {'__module__': 'types'}     # CPython builds it with types.new_class
    ns.update(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
