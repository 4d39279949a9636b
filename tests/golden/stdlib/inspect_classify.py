# classify_class_attrs (kinds and defining classes, metaclass attributes,
# DynamicClassAttribute), getfullargspec and getargs on many callables.
import inspect
import types


class Meta(type):
    meta_attr = 1

    def meta_method(cls):
        pass

    def __getattr__(cls, name):
        if name == 'virtual':
            return 'from meta getattr'
        raise AttributeError(name)


class Base(metaclass=Meta):
    x = 1

    def m(self):
        pass

    @staticmethod
    def sm():
        pass

    @classmethod
    def cm(cls):
        pass

    @property
    def prop(self):
        return 1

    @types.DynamicClassAttribute
    def dyn(self):
        return 2


class Child(Base):
    x = 2
    y = len

    def m(self):
        pass

    def only_child(self):
        pass


for cls in (Base, Child):
    rows = [a for a in inspect.classify_class_attrs(cls)
            if not (a.name.startswith('__') and a.defining_class is object) and a.name != 'dyn']
    for a in rows:
        obj = a.object
        shown = obj if isinstance(obj, (int, str)) else type(obj).__name__
        print(cls.__name__, a.name, a.kind, a.defining_class.__name__, shown)
    print(type(rows[0]).__name__, rows[0]._fields)

names = {a.name: a for a in inspect.classify_class_attrs(int)}
for key in ('bit_length', 'from_bytes', '__add__'):
    a = names[key]
    print(key, a.kind, a.defining_class.__name__, type(a.object).__name__)
names = {a.name: a for a in inspect.classify_class_attrs(Meta)}
print(names['meta_method'].kind, names['mro'].kind, names['mro'].defining_class.__name__)


def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> 'ret':
    pass


def g(x: int, *, y: str = 'y'):
    pass


class K:
    def meth(self, a, *, b=1):
        pass

    def __call__(self, q):
        pass


for func in (f, g, lambda: 0, lambda *a, **k: 0, K.meth, K().meth, K(), K, len,
             int.from_bytes, print, 5, 'str'):
    try:
        spec = inspect.getfullargspec(func)
        print(spec)
    except TypeError as exc:
        print('TypeError', exc, type(exc.__cause__).__name__)
for code in (f.__code__, g.__code__, K.meth.__code__, (lambda *a: 0).__code__):
    args = inspect.getargs(code)
    print(args, args.args, args.varargs, args.varkw)
try:
    inspect.getargs(f)
except TypeError as exc:
    print('TypeError', str(exc)[:15])
