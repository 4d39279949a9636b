# types: new_class / prepare_class / resolve_bases with metaclasses and __mro_entries__,
# DynamicClassAttribute on instances and classes, types.coroutine wrappers.
import abc
import types


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Entry:
    def __init__(self, *result):
        self.result = result

    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return self.result


class NotTuple:
    def __mro_entries__(self, bases):
        return [int]


bases = (int,)
print(types.resolve_bases(bases) is bases, types.resolve_bases(()))
t(lambda: types.resolve_bases((Entry(str), Entry(), Entry(dict, object))))
t(lambda: types.resolve_bases([Entry(int)]))
t(lambda: types.resolve_bases([int, 'x', 3]))
t(lambda: types.resolve_bases((NotTuple(),)))
t(lambda: types.resolve_bases(None))
t(lambda: types.resolve_bases((Entry,)))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, sorted(kw))
        return {'from_prepare': 1}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(ns), sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class MetaB(type):
    pass


class SubMeta(Meta):
    pass


class A(metaclass=Meta):
    pass


class B(metaclass=MetaB):
    pass


kw = {'metaclass': Meta, 'flag': True}
res = types.prepare_class('P', (), kw)
print(res[0].__name__, res[1], res[2], kw)
t(lambda: types.prepare_class('P'))
t(lambda: types.prepare_class('P', (A,))[0])
t(lambda: types.prepare_class('P', (A,), {'metaclass': SubMeta})[0])
t(lambda: types.prepare_class('P', (A, B)))
t(lambda: types.prepare_class('P', (A,), {'metaclass': type})[0])
t(lambda: types.prepare_class('P', (), {'metaclass': print}))
t(lambda: types.prepare_class('P', (), [('metaclass', MetaB)])[0])

C = types.new_class('C', (Entry(A), int), {'flag': 1}, lambda ns: ns.update(body=2))
print(C.__name__, C.__bases__, C.from_prepare, C.body, type(C).__name__, C.__module__)
print(type(C.__dict__['__orig_bases__'][0]).__name__)
D = types.new_class('D')
print(D, D.__bases__, D.__module__, D.__qualname__, '__orig_bases__' in D.__dict__)
E = types.new_class('E', (D,), exec_body=lambda ns: ns.__setitem__('x', 5))
print(E.__mro__[1:], E.x)
t(lambda: types.new_class('F', (A, B)))
t(lambda: types.new_class('F', (), {'unknown': 1}))
t(lambda: types.new_class('F', exec_body=lambda ns: 1 / 0))
t(lambda: types.new_class('F', (), {'metaclass': lambda n, b, ns, **k: (n, b, sorted(ns), k), 'q': 2}))


class Meta2(type):
    def __getattr__(cls, name):
        return 'class-level ' + name


class WithDynamic(metaclass=Meta2):
    def __init__(self):
        self._size = 1

    @types.DynamicClassAttribute
    def size(self):
        """The size."""
        return self._size

    @size.setter
    def size(self, value):
        self._size = value

    @size.deleter
    def size(self):
        del self._size

    readonly = types.DynamicClassAttribute(lambda self: 'ro', doc='read only')


w = WithDynamic()
print(w.size, WithDynamic.size, WithDynamic.readonly, w.readonly)
w.size = 5
print(w.size)
del w.size
print(hasattr(w, '_size'))
t(lambda: setattr(w, 'readonly', 1))
t(lambda: delattr(w, 'readonly'))
attr = WithDynamic.__dict__['size']
print(attr.__doc__, attr.overwrite_doc, attr.__isabstractmethod__, type(attr).__mro__)
print(WithDynamic.__dict__['readonly'].__doc__, WithDynamic.__dict__['readonly'].overwrite_doc)
g = attr.getter(lambda self: 'new')
print(g.__doc__, g.fset is attr.fset, g.__get__(w))
t(lambda: types.DynamicClassAttribute().__get__(w))
t(lambda: types.DynamicClassAttribute().__get__(None, WithDynamic))


class Plain:
    d = types.DynamicClassAttribute(lambda self: 3)


t(lambda: Plain.d)
print(Plain().d)


class Abstract(abc.ABC):
    @types.DynamicClassAttribute
    @abc.abstractmethod
    def value(self):
        pass


print(Abstract.__abstractmethods__, type(Abstract.value).__name__)


# types.coroutine on callables that are not generator functions.
def make_gen():
    def inner():
        got = yield 'first'
        return got
    return inner()


class Factory:
    def __call__(self):
        return make_gen()


for fn in (types.coroutine(make_gen), types.coroutine(Factory())):
    w = fn()
    print(type(w).__name__, w.__name__, next(w), w.gi_running, w.cr_code.co_name)
    try:
        w.send('back')
    except StopIteration as e:
        print('StopIteration', e.value)


async def run(fn):
    return await fn()


c = run(types.coroutine(make_gen))
print(c.send(None))
try:
    c.send('value')
except StopIteration as e:
    print('returned', e.value)
print(types.coroutine(lambda: 7)(), types.coroutine(len)('abc'), types.coroutine(Factory()).__name__)
t(lambda: types.coroutine(None))
t(lambda: types.coroutine('str'))
