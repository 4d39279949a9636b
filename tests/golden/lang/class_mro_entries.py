# PEP 560: bases with __mro_entries__ are replaced, __orig_bases__ records the originals;
# __class_getitem__ and __init_subclass__ are implicit classmethods.
class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print('mro_entries of', self.target.__name__, len(bases))
        return (self.target,)


class Base:
    pass


class Mixin:
    pass


class C(Alias(Base), Mixin):
    pass


print(C.__bases__, C.__orig_bases__[1] is Mixin, type(C.__orig_bases__[0]).__name__)
print('__orig_bases__' in Base.__dict__, '__orig_bases__' in C.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class D(Empty()):
    pass


print(D.__bases__, D.__mro__)


def fn():
    pass


fn.__mro_entries__ = lambda bases: (Base,)


class E(fn):
    pass


print(E.__bases__, E.__orig_bases__ == (fn,))


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class F(Bad()):
        pass
except TypeError as e:
    print('TypeError:', e)


class Box:
    def __class_getitem__(cls, item):
        return '%s[%r]' % (cls.__name__, item)


class SubBox(Box):
    pass


print(Box[int], SubBox['x'], type(Box.__dict__['__class_getitem__']).__name__)


class Root:
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag)


class Middle(Root, tag='m'):
    def __init_subclass__(cls, **kwargs):
        print('middle first', cls.__name__)
        super().__init_subclass__(**kwargs)


class Leaf(Middle, tag='leaf'):
    pass


print(Middle.tag, Leaf.tag, type(Root.__dict__['__init_subclass__']).__name__)
