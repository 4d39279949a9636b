# The descriptors a class statement adds to its namespace: getset_descriptor for
# __dict__/__weakref__, member_descriptor per __slots__ name; their reprs, order in
# the class dict, the references they hold to the class, and the collector's view.
import gc
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ('b', 'a', '__private')


class WithDict:
    __slots__ = ('x', '__dict__')


class WithWeak:
    __slots__ = ('__weakref__',)


class Sub(Plain):
    pass


class SubSlotted(Slotted):
    __slots__ = ('c',)


class L(list):
    pass


class I(int):
    pass


class T(tuple):
    pass


class E(Exception):
    pass


class Eq:
    def __eq__(self, other):
        return True


for cls in (Plain, Slotted, WithDict, WithWeak, Sub, SubSlotted, L, I, T, E, Eq):
    print(cls.__name__, list(cls.__dict__))
    for name, value in cls.__dict__.items():
        kind = type(value).__name__
        if kind.endswith('descriptor'):
            print('   ', name, kind, repr(value), value.__objclass__.__name__,
                  value.__name__, value.__qualname__, sys.getsizeof(value))

print(Slotted.a, type(Slotted.a).__name__, Slotted.a is Slotted.__dict__['a'])
print(Plain.__dict__['__dict__'].__doc__)
print(Plain.__dict__['__weakref__'].__doc__)
print(Slotted.a.__doc__)

# __get__, __set__, __delete__ of the descriptors themselves.
s = Slotted()
Slotted.a.__set__(s, 5)
print(s.a, Slotted.a.__get__(s), Slotted.a.__get__(None, Slotted) is Slotted.a)
Slotted.a.__delete__(s)
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
try:
    Slotted.a.__get__(3)
except TypeError as e:
    print('TypeError:', e)
p = Plain()
p.x = 1
d = Plain.__dict__['__dict__']
print(d.__get__(p), d.__get__(p) is p.__dict__)
d.__set__(p, {'y': 2})
print(p.y, p.__dict__)
import weakref
w = Plain.__dict__['__weakref__']
print(w.__get__(p), p.__weakref__)
r = weakref.ref(p)
print(w.__get__(p) is r, p.__weakref__ is r)
try:
    p.__weakref__ = None
except AttributeError as e:
    print('AttributeError:', e)
del r

# References each class holds to itself and its base.
class Fresh:
    pass


class FreshSlots:
    __slots__ = ('a', 'b', 'c')


class FreshChild(Fresh):
    pass


print(sys.getrefcount(Fresh), sys.getrefcount(FreshSlots), sys.getrefcount(FreshChild))
print(len(gc.get_referrers(Fresh)), sorted(type(o).__name__ for o in gc.get_referrers(FreshSlots)))

# The collector collects the descriptors with their class.
def make(kind):
    if kind == 'plain':
        class K:
            pass
    elif kind == 'slots':
        class K:
            __slots__ = ('p', 'q')
    else:
        class K(list):
            def method(self):
                pass
    return K


gc.collect()
for kind in ('plain', 'slots', 'list'):
    make(kind)
    print(kind, gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
for kind in ('plain', 'slots', 'list'):
    make(kind)
    gc.collect()
    print(kind, sorted(type(o).__name__ for o in gc.garbage))
    gc.garbage.clear()
gc.set_debug(0)

# __bases__ is one tuple object, referred to by the class; __base__ is tp_base.
class Both(Plain, int):
    pass


print(Both.__bases__ is Both.__bases__, Both.__base__.__name__, sys.getrefcount(Both.__bases__))
print(sorted(type(o).__name__ for o in gc.get_referents(Both)))
print(gc.is_tracked(Sub.__bases__), gc.is_tracked(Plain.__bases__))
gc.collect()
print(gc.is_tracked(Sub.__bases__), gc.is_tracked(Plain.__bases__))
