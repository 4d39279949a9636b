# A property's name comes from __set_name__ (the last one), and is used by the
# messages for a missing getter, setter or deleter.
import gc


def attempt(label, fn):
    try:
        fn()
    except AttributeError as e:
        print(label, '->', e)


def getter(self):
    return 1


class C:
    empty = property()
    ro = property(getter)
    lam = property(lambda s: 2)

    @property
    def deco(self):
        return 3

    alias = deco


c = C()
attempt('get empty', lambda: c.empty)
attempt('set empty', lambda: setattr(c, 'empty', 1))
attempt('del empty', lambda: delattr(c, 'empty'))
attempt('set ro', lambda: setattr(c, 'ro', 1))
attempt('del lam', lambda: delattr(c, 'lam'))
# set_name ran for 'deco' then 'alias' on the same object: the last name wins.
attempt('set deco', lambda: setattr(c, 'deco', 1))
attempt('set alias', lambda: setattr(c, 'alias', 1))

# A property made outside a class body has no name until __set_name__ is called.
p = property(getter)


class D:
    pass


attempt('direct set', lambda: p.__set__(D(), 1))
attempt('direct get', lambda: property().__get__(D()))
attempt('direct del', lambda: p.__delete__(D()))
D.late = p
attempt('late attr', lambda: setattr(D(), 'late', 1))
p.__set_name__(D, 'named')
attempt('after set_name', lambda: setattr(D(), 'late', 1))
p.__set_name__(D, 42)
attempt('non-str name', lambda: p.__set__(D(), 1))

# getter/setter/deleter copies keep the name.
class E:
    @property
    def v(self):
        return 'v'

    w = v.deleter(None)


attempt('copy set', lambda: setattr(E(), 'v', 1))
q = E.v.setter(None)
attempt('copy direct', lambda: q.__set__(E(), 1))
r = E.v.getter(getter)
attempt('getter copy', lambda: r.__delete__(E()))

# type() calls __set_name__ too.
T = type('T', (), {'dyn': property(getter)})
attempt('type() made', lambda: setattr(T(), 'dyn', 5))
attempt('missing attr', lambda: T().other)

# A property subclass: __set_name__ found on the base.
class MyProp(property):
    pass


class F:
    sub = MyProp(getter)


attempt('subclass', lambda: setattr(F(), 'sub', 1))
print(F().sub, C().ro, C().lam, C().alias)

# Names of dead properties do not leak onto new ones.
for i in range(3):
    tmp = type('Tmp%d' % i, (), {'x%d' % i: property()})
    del tmp
gc.collect()
attempt('fresh', lambda: property().__get__(D()))
