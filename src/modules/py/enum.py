"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

refpy's own implementation of the behaviour CPython 3.11 documents. The metaclass
EnumType turns the non-descriptor, non-dunder names of a class body into members:
instances of the class made once, at class creation, and afterwards found by value
(Color(1)), by name (Color['RED']) or as attributes. __prepare__ hands the body an
_EnumDict so auto() values are computed in definition order and a name given twice is
an error. Flags combine into pseudo-members made on demand and cached by value, as
CPython caches them. Members and their class refer to each other, so an enum class is
freed by the cycle collector, as in CPython.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']

_builtin_property = property


class _AutoNull:
    """The value of an `auto()` not yet resolved (so `auto(None)` stays None)."""

    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A placeholder value replaced by _generate_next_value_ when the class is made."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces `value` to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps `value` from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """A property of members (`name`, `value`): read-only unless given a setter, with
    enum's error messages. (A plain descriptor class rather than a subclass of the
    builtin property, which refpy cannot subclass yet.)"""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        if self.fget is None:
            raise AttributeError('<enum %r> property %r has no getter'
                                 % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


# the _sunder_ names a class body may set (3.11); any other one is refused
_ALLOWED_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_numeric_repr_',
                              '_missing_', '_ignore_', '_iter_member_',
                              '_iter_member_by_value_', '_iter_member_by_def_'])


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in order, resolves
    auto() as each is assigned, and refuses a member name given twice."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % (key,))
            if key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        def resolve(item):
            if isinstance(item, auto):
                if item.value is _auto_null:
                    item.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                return item.value
            return item
        if isinstance(value, auto):
            return resolve(value)
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(resolve(v) for v in value)
        return value


def _caller_module(depth):
    """The module calling at `depth`; without frame introspection (sys._getframe),
    the usual caller: a script."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _find_data_type(bases):
    """The mixed-in data type (int, str, a class with its own __new__) or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return base
    return object


def _find_first_enum(bases):
    if not bases:
        return Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


# Defined below; EnumType checks for them while they are being made.
Enum = ReprEnum = Flag = None


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        namespace = _EnumDict()
        namespace._cls_name = cls
        first_enum = bases[-1] if bases else None
        if isinstance(first_enum, EnumType):
            namespace._generate_next_value = first_enum._generate_next_value_
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            namespace = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                namespace[key] = value
            classdict = namespace
        if Enum is None:
            # Enum itself: nothing to check, no members.
            member_type, first_enum = object, None
        else:
            member_type = _find_data_type(bases)
            first_enum = _find_first_enum(bases)
        member_names = list(classdict._member_names)
        values = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in dict.items(classdict) if k not in values}
        order = body.pop('_order_', None)
        # The loop variables named in _ignore_ (and _ignore_ itself) stay out.
        for name in classdict._ignore + ['_ignore_']:
            body.pop(name, None)
        if ReprEnum is not None and ReprEnum in bases and member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                            ' int, str, float, etc.)')
        # A __new__ in the body makes members; every enum class's own __new__ is
        # Enum's, which looks them up (else int.__new__ would win in IntEnum's MRO).
        new_member = body.get('__new__')
        if new_member is not None and Enum is not None:
            body['__new_member__'] = new_member
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
        elif first_enum is not None:
            new_member = getattr(first_enum, '__new_member__', None)
        if Enum is not None:
            body['__new__'] = Enum.__dict__['__new__']
        body.update({'_member_names_': [], '_member_map_': {}, '_value2member_map_': {},
                     '_unhashable_values_': [], '_member_type_': member_type,
                     '_new_member_': new_member})
        if boundary is not None:
            body['_boundary_'] = boundary
        body.setdefault('_value_repr_', None if member_type is object
                        else getattr(member_type, '__repr__'))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        if Enum is not None:
            _choose_text_methods(enum_class, body, bases, member_type, first_enum)
        for name in member_names:
            _add_member(enum_class, name, values[name])
        if Flag is not None and issubclass(enum_class, Flag):
            _setup_flag(enum_class)
        if order is not None:
            _check_order(enum_class, order)
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Look a member up by value, or (with `names`) make a new enumeration."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict) or hasattr(names, 'keys'):
            names = [(key, names[key]) for key in names]
        for name, value in names:
            classdict[name] = value
        if module is None:
            module = _caller_module(3)
        if module is not None:
            dict.__setitem__(classdict, '__module__', module)
        if qualname is not None:
            dict.__setitem__(classdict, '__qualname__', qualname)
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    @_builtin_property
    def __members__(cls):
        """Every member name, aliases included, mapped to its member (read-only)."""
        return type(type.__dict__)(cls._member_map_)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not None:
            # A __new__ of the enum's own (refpy keeps None for the default).
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)


EnumMeta = EnumType


def _choose_text_methods(enum_class, body, bases, member_type, first_enum):
    """repr/str/format as 3.11 picks them: ReprEnum keeps the data type's str() and
    format(); otherwise a data type's (or object's) method gives way to the enum's."""
    kept = set(body)
    if ReprEnum is not None and ReprEnum in bases:
        if '__format__' not in body:
            type.__setattr__(enum_class, '__format__', member_type.__format__)
        if '__str__' not in body:
            method = member_type.__str__
            if method == object.__str__:
                method = member_type.__repr__
            type.__setattr__(enum_class, '__str__', method)
        kept.update(('__format__', '__str__'))
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in kept:
            continue
        found = getattr(enum_class, name)
        if found == getattr(member_type, name) or found == getattr(object, name):
            type.__setattr__(enum_class, name, getattr(first_enum, name))


def _add_member(enum_class, name, value):
    member_type = enum_class._member_type_
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    new_member = enum_class._new_member_
    if new_member is not None:
        member = new_member(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if not hasattr(member, '_value_'):
        if member_type is object or new_member is not None:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    value = member._value_
    member._name_ = name
    member.__init__(*args)
    is_alias = False
    for other in enum_class._member_map_.values():
        if other._value_ == value:
            member = other
            is_alias = True
            break
    if not is_alias and _is_canonical(enum_class, value):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    type.__setattr__(enum_class, name, member)
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _is_canonical(enum_class, value):
    """Flags list only single-bit members; multi-bit ones are named combinations."""
    if Flag is None or not issubclass(enum_class, Flag) or not isinstance(value, int):
        return True
    return value != 0 and value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        # a class without members (Enum, Flag, IntFlag themselves, or a subclass
        # reached here through super().__new__) never consults _missing_
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        try:
            result = cls._missing_(value)
        except Exception as exc:
            # an error of _missing_ propagates, over the ValueError unless it is one
            if not isinstance(exc, ValueError):
                exc.__context__ = ValueError('%r is not a valid %s'
                                             % (value, cls.__qualname__))
            raise
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None:
            raise not_valid
        try:
            raise not_valid
        except ValueError:
            raise TypeError('error in %s._missing_: returned %r instead of None or a '
                            'valid member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        if self._member_type_ is not object:
            return object.__dir__(self)
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                 'value'}
        for cls in self.__class__.__mro__:
            if cls is Enum or cls is object:
                break
            names.update(n for n in cls.__dict__ if not n.startswith('_'))
        names.update(n for n in getattr(self, '__dict__', {}) if not n.startswith('_'))
        return sorted(n for n in names if n not in self.__class__._member_map_)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only repr() is the enum's; str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with bits no member names: STRICT raises, CONFORM drops them,
    EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def show_flag_values(value):
    """The single bits set in `value`, lowest first: 12 -> [4, 8]."""
    found = []
    while value:
        low = value & -value
        found.append(low)
        value ^= low
    return found


def _bits_text(num, width):
    if num >= 0:
        return '0b0 ' + format(num, 'b').zfill(width)
    digits = format(~num, 'b').zfill(width).translate({48: 49, 49: 48})
    return '0b1 ' + digits


_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')


def _setup_flag(cls):
    """The mask of a Flag class's bits; Flag's operators unless the class has its own
    (IntFlag would otherwise get int's, which come first in its MRO)."""
    for name in _FLAG_OPERATORS:
        if name not in cls.__dict__:
            type.__setattr__(cls, name, Flag.__dict__[name])
    mask = 0
    for m in cls._member_map_.values():
        if isinstance(m._value_, int):
            mask |= m._value_
    type.__setattr__(cls, '_flag_mask_', mask)
    type.__setattr__(cls, '_all_bits_', 2 ** mask.bit_length() - 1)


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with |, & and ^ and can be inverted."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member for a combination of bits, made once and cached."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if value < 0:
            value = cls._all_bits_ + 1 + value
        unknown = value & ~flag_mask
        if unknown:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits_text(value, width),
                                    _bits_text(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        known = value & flag_mask
        if known:
            names = [m._name_ for m in cls._iter_bits(known)]
            if value & ~flag_mask:
                names.append(cls._numeric_repr_(value & ~flag_mask))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        return self.__class__._iter_bits(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""


def unique(enumeration):
    """Class decorator: fail if any member is an alias."""
    duplicates = [(name, member.name) for name, member in
                  enumeration.__members__.items() if name != member.name]
    if duplicates:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % pair for pair in duplicates)))
    return enumeration


def _check_order(enum_class, order):
    # _order_ names the canonical members in definition order (aliases may be listed)
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    canonical = list(enum_class._member_names_)
    wanted = [name for name in order
              if name not in enum_class._member_map_ or name in canonical]
    if wanted != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (canonical, wanted))


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the EnumCheck constraints given (UNIQUE is checked;
    the others are accepted)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (alias, member.name) for alias, member in
                           enumeration.__members__.items() if alias != member.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                _check_continuous(enumeration, name, is_flag)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration, name)
        return enumeration


def _check_continuous(enumeration, name, is_flag):
    values = set(m._value_ for m in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if is_flag:
        # every bit between the lowest and the highest member's top bits
        candidates = [1 << bit for bit in range(low.bit_length(), high.bit_length() - 1)]
    else:
        candidates = range(low + 1, high)
    missing = [str(v) for v in candidates if v not in values]
    if missing:
        text = 'invalid %s %r: missing values %s' % (
            'flag' if is_flag else 'enum', name, ', '.join(missing))
        raise ValueError(text[:256])


def _check_named_flags(enumeration, name):
    named_bits = 0
    for member in enumeration._member_map_.values():
        value = member._value_
        if isinstance(value, int) and value > 0 and value & (value - 1) == 0:
            named_bits |= value
    culprits = []
    missing = 0
    for alias, member in enumeration._member_map_.items():
        value = member._value_
        if isinstance(value, int) and value & ~named_bits:
            culprits.append(alias)
            missing |= value & ~named_bits
    if not culprits:
        return
    if len(culprits) == 1:
        what = 'alias %s is missing value 0x%x' % (culprits[0], missing)
    else:
        what = 'aliases %s and %s are missing combined values of 0x%x' % (
            ', '.join(culprits[:-1]), culprits[-1], missing)
    raise ValueError('invalid Flag %r: %s [use enum.show_flag_values(value) for details]'
                     % (name, what))


def _global_prefix(member):
    # the last component of the defining module names the members (`re.IGNORECASE`)
    return member.__class__.__module__.rpartition('.')[2] + '.'


def _global_enum_repr(self):
    return _global_prefix(self) + self._name_


def _global_flag_repr(self):
    prefix = _global_prefix(self)
    if self._name_ is None:
        return '%s%s(%r)' % (prefix, self.__class__.__name__, self._value_)
    keep = self._boundary_ is KEEP
    # with KEEP, unnamed bits stay numbers (`re.IGNORECASE|0x400`)
    return '|'.join(part if keep and part[:1].isdigit() else prefix + part
                    for part in self._name_.split('|'))


def _global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Put the members of `cls` in its module's namespace; reprs name them as
    `module.NAME`."""
    cls.__repr__ = _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = _global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
