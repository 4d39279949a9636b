# Special methods of object, type, the callables and descriptors, the singletons and the
# exceptions: each type's own table as CPython 3.11's, what hasattr and dir() see, calls by
# name, subclasses reaching their builtin base, and list[int] / int | str.
# Generated expectations come from CPython 3.11 (scripts/regen_goldens.sh).


def dunder(k):
    return k.startswith("__") and k.endswith("__")


def own_methods(cls):
    """The special methods a type defines itself (data descriptors left out)."""
    return sorted(k for k, v in cls.__dict__.items() if dunder(k) and not hasattr(type(v), "__set__"))


def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "-> EXC", type(e).__name__, e)


import sys


class E:
    def m(self):
        pass


def gen():
    yield 1


def cell():
    x = 1

    def inner():
        return x

    return inner.__closure__[0]


def tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


TYPES = [
    ('object', object),
    ('type', type),
    ('function', type(show)),
    ('builtin_function_or_method', type(len)),
    ('method', type(E().m)),
    ('property', property),
    ('staticmethod', staticmethod),
    ('classmethod', classmethod),
    ('super', super),
    ('generator', type(gen())),
    ('module', type(sys)),
    ('cell', type(cell())),
    ('code', type(show.__code__)),
    ('traceback', type(tb())),
    ('NoneType', type(None)),
    ('NotImplementedType', type(NotImplemented)),
    ('ellipsis', type(...)),
    ('BaseException', BaseException),
    ('Exception', Exception),
    ('StopIteration', StopIteration),
    ('SystemExit', SystemExit),
    ('KeyError', KeyError),
    ('AttributeError', AttributeError),
    ('OSError', OSError),
    ('FileNotFoundError', FileNotFoundError),
    ('ImportError', ImportError),
    ('ModuleNotFoundError', ModuleNotFoundError),
    ('SyntaxError', SyntaxError),
    ('UnicodeDecodeError', UnicodeDecodeError),
    ('ValueError', ValueError),
]
for name, cls in TYPES:
    print(name, "own:", " ".join(own_methods(cls)))
    print(name, "hash is None:", cls.__hash__ is None)
for name, cls in [('object', object), ('method', type(E().m)), ('property', property), ('super', super), ('NoneType', type(None)), ('NotImplementedType', type(NotImplemented)), ('ellipsis', type(...))]:
    print(name, "dir:", " ".join(dir(cls)))
NAMES = ['__call__', '__get__', '__set__', '__delete__', '__set_name__', '__init__', '__new__', '__repr__', '__str__', '__hash__', '__eq__', '__lt__', '__reduce__', '__reduce_ex__', '__setstate__', '__getstate__', '__dir__', '__format__', '__sizeof__', '__subclasshook__', '__init_subclass__', '__instancecheck__', '__subclasscheck__', '__subclasses__', '__prepare__', '__or__', '__ror__', '__iter__', '__next__', '__del__', '__bool__', '__getattribute__', '__setattr__', '__delattr__', '__func__', '__self__', '__wrapped__', '__isabstractmethod__', '__closure__', '__globals__', '__thisclass__', '__self_class__', '__add__', '__len__', '__getitem__']
for name, cls in TYPES:
    print(name, "has:", " ".join(n for n in NAMES if hasattr(cls, n)))

print('-- callables and descriptors')
show('(lambda: 1).__call__()', lambda: (lambda: 1).__call__())
show('(lambda x: x).__get__(5)()', lambda: (lambda x: x).__get__(5)())
show('len.__call__([1])', lambda: len.__call__([1]))
show('len.__reduce__()', lambda: len.__reduce__())
show('[].append.__reduce__()', lambda: [].append.__reduce__())
show('len.__eq__(len)', lambda: len.__eq__(len))
show('len.__lt__(len)', lambda: len.__lt__(len))
show('len.__hash__() == hash(len)', lambda: len.__hash__() == hash(len))
show('property(lambda s: 1).__get__(5)', lambda: property(lambda s: 1).__get__(5))
show('property(lambda s: 1).__set__(5, 1)', lambda: property(lambda s: 1).__set__(5, 1))
show('property(lambda s: 1, lambda s, v: None).__set__(5, 1)', lambda: property(lambda s: 1, lambda s, v: None).__set__(5, 1))
show('property(lambda s: 1).__delete__(5)', lambda: property(lambda s: 1).__delete__(5))
show("property(lambda s: 1).__set_name__(int, 'x')", lambda: property(lambda s: 1).__set_name__(int, 'x'))
show('staticmethod(abs).__call__(-3)', lambda: staticmethod(abs).__call__(-3))
show('staticmethod(abs).__get__(None, int)(-3)', lambda: staticmethod(abs).__get__(None, int)(-3))
show('classmethod(lambda c: c).__get__(None, int)()', lambda: classmethod(lambda c: c).__get__(None, int)())
show('classmethod(lambda c: c).__get__(5)()', lambda: classmethod(lambda c: c).__get__(5)())
show('type(None).__bool__(None)', lambda: type(None).__bool__(None))
show('None.__bool__()', lambda: None.__bool__())
show('None.__repr__()', lambda: None.__repr__())
show('NotImplemented.__reduce__()', lambda: NotImplemented.__reduce__())
show('NotImplemented.__repr__()', lambda: NotImplemented.__repr__())
show('Ellipsis.__reduce__()', lambda: Ellipsis.__reduce__())
show('Ellipsis.__repr__()', lambda: Ellipsis.__repr__())
show('type(None).__new__(type(None))', lambda: type(None).__new__(type(None)))

print('-- object')
show('object().__lt__(object())', lambda: object().__lt__(object()))
show('object().__eq__(1)', lambda: object().__eq__(1))
show('object().__ne__(1)', lambda: object().__ne__(1))
show('object().__getstate__()', lambda: object().__getstate__())
show('object.__subclasshook__()', lambda: object.__subclasshook__())
show('int.__subclasshook__(int)', lambda: int.__subclasshook__(int))
show('sorted(object().__dir__()) == sorted(dir(object()))', lambda: sorted(object().__dir__()) == sorted(dir(object())))
show("object().__format__('x')", lambda: object().__format__('x'))
show('object.__reduce_ex__(object(), 2)[1:]', lambda: object.__reduce_ex__(object(), 2)[1:])
show('object.__reduce__', lambda: object.__reduce__)
show("type.__prepare__('a', ())", lambda: type.__prepare__('a', ()))
show('type.__instancecheck__(int, 1)', lambda: type.__instancecheck__(int, 1))
show('type.__subclasscheck__(int, bool)', lambda: type.__subclasscheck__(int, bool))
show('type.__repr__(int)', lambda: type.__repr__(int))
show('int | str', lambda: int | str)
show('int | None', lambda: int | None)
show('list[int]', lambda: list[int])
show('dict[str, int]', lambda: dict[str, int])
show('isinstance(1, int | str)', lambda: isinstance(1, int | str))
show("isinstance('a', int | None)", lambda: isinstance('a', int | None))
show('(int | str).__args__', lambda: (int | str).__args__)
show('list[int].__origin__', lambda: list[int].__origin__)
show('type.__sizeof__(int) > 0', lambda: type.__sizeof__(int) > 0)
show('sorted(type.__dir__(int)) == dir(int)', lambda: sorted(type.__dir__(int)) == dir(int))

print('-- exceptions')
show("ValueError('x').__reduce__()", lambda: ValueError('x').__reduce__())
show("KeyError('k').__str__()", lambda: KeyError('k').__str__())
show("Exception.__str__(KeyError('k'))", lambda: Exception.__str__(KeyError('k')))
show("OSError(2, 'No such file').__str__()", lambda: OSError(2, 'No such file').__str__())
show("ValueError('a', 'b').__repr__()", lambda: ValueError('a', 'b').__repr__())
show("(lambda e: (e.__setstate__({'x': 5}), e.x)[1])(ValueError(1))", lambda: (lambda e: (e.__setstate__({'x': 5}), e.x)[1])(ValueError(1)))
show('BaseException.__new__(ValueError, 1, 2).args', lambda: BaseException.__new__(ValueError, 1, 2).args)
show('hash([])', lambda: hash([]))
show('hash({})', lambda: hash({}))
show('hash(set())', lambda: hash(set()))
show('hash(bytearray())', lambda: hash(bytearray()))
show('hash(slice(1, 2))', lambda: hash(slice(1, 2)))
show('hash({}.keys())', lambda: hash({}.keys()))
show('hash({}.items())', lambda: hash({}.items()))
show('hash({}.values()) != 0', lambda: hash({}.values()) != 0)

print('-- subclasses reach their builtin base')


class MyList(list):
    def __init__(self, it=()):
        super().__init__(x * 2 for x in it)

    def __getitem__(self, i):
        return list.__getitem__(self, i) + 100

    def __iter__(self):
        return (x + 1 for x in list.__iter__(self))

    def __len__(self):
        return list.__len__(self) * 10


ml = MyList([1, 2])
print(ml[0], list(ml), len(ml), repr(ml), ml + [5], type(ml + [5]).__name__)


class D(dict):
    def __missing__(self, k):
        return k * 2

    def __getitem__(self, k):
        return dict.__getitem__(self, k)


d = D(a=1)
print(d["a"], d[3], d | {"b": 2}, type(d | {}).__name__)


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

    def __format__(self, spec):
        return "I" + int.__format__(self, spec)

    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"


mi = MyInt(5)
print(mi, f"{mi:>5}", repr(mi), mi.real, type(mi.real).__name__)


class S(str):
    def __str__(self):
        return "S:" + str.__str__(self)

    __hash__ = str.__hash__


s = S("ab")
print(str(s), s + "c", s * 2, {s: 1}["ab"])


class Err(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


er = Err(1, 2)
print(repr(er), str(er), er.args, er.b)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.made = True
        return obj


class C(metaclass=Meta):
    def __init__(self, x):
        self.x = x


c = C(3)
print(C.tag, c.x, c.made, type(C).__name__)


class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)


print(T(1, 2), type(T(1, 2)).__name__)


class X:
    def __radd__(self, o):
        return "radd"

    def __rmul__(self, o):
        return "rmul"


print([1] + X(), (1,) + X(), "a" + X(), [1] * X(), b"a" + X())
show("[1] + (2,)", lambda: [1] + (2,))
show("[1] * 'a'", lambda: [1] * "a")
show("b'a' + 1", lambda: b"a" + 1)
show("int.__new__(str)", lambda: int.__new__(str))
show("object.__new__(int)", lambda: object.__new__(int))
show("int.__add__('a', 1)", lambda: int.__add__("a", 1))
show("float.__round__(1)", lambda: float.__round__(1))
show("(1).real = 5", lambda: setattr(1, "real", 5))

print('-- generic aliases and unions')
print(list[int], dict[str, list[int]], tuple[int, ...], list[int] == list[int])
print(hash(list[int]) == hash(list[int]), list[int]("ab"), list[int].__origin__, list[int].__args__)
print(int | str, int | None, int | str | None, (int | str) == (str | int), (int | str).__args__)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
show("isinstance([], list[int])", lambda: isinstance([], list[int]))
show("int | 5", lambda: int | 5)
