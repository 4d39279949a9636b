# type.__basicsize__ / __itemsize__ of builtin types agree with CPython's tp_basicsize
# and tp_itemsize, and sys.getsizeof of their instances is built on the same number.
import sys
import weakref


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    def m(self):
        pass


co = coro()
samples = [
    gen(), co, agen(), staticmethod(len), classmethod(len), property(), super(C, C()),
    C().m, len, [].append, (1).__add__, C.m, range(3), slice(1, 2), iter([]), iter(()),
    iter("abc"), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(range(3)),
    reversed([]), reversed({}), enumerate([]), zip(), map(len, []), filter(None, []),
    iter(lambda: 0, 1), {}.keys(), {}.values(), {}.items(), type.__dict__["mro"],
    int.__dict__["real"], str.__dict__["join"], dict.__dict__["fromkeys"], object.__init__,
    (lambda: 0).__closure__ or (lambda x=1: (lambda: x))().__closure__[0], memoryview(b"ab"),
    weakref.ref(C), weakref.proxy(C()),
]
co.close()
for o in samples:
    t = type(o)
    base = t.__basicsize__
    size = sys.getsizeof(o)
    print(f"{t.__name__:28} basicsize={base:4} itemsize={t.__itemsize__} getsizeof={size}")

print("-- subclasses build on the base's layout")
for base in (staticmethod, classmethod, property, super, weakref.ref):
    class Sub(base):
        pass

    class SubSlots(base):
        __slots__ = ("a", "b")

    print(base.__name__, base.__basicsize__, Sub.__basicsize__, SubSlots.__basicsize__)


def f():
    pass


class SM(staticmethod):
    pass


class P(property):
    pass


class R(weakref.ref):
    __slots__ = ("tag",)


target = C()
print(sys.getsizeof(staticmethod(f)), sys.getsizeof(SM(f)), sys.getsizeof(P()))
print(sys.getsizeof(weakref.ref(target)), sys.getsizeof(R(target)))
wm = weakref.WeakMethod(target.m)
print(type(wm).__basicsize__, sys.getsizeof(wm))
print("-- generators: the size comes from the code, before, during and after running")


def three(a, b):
    x = a + b
    yield x
    yield x * 2


g = three(1, 2)
sizes = [sys.getsizeof(g)]
next(g)
sizes.append(sys.getsizeof(g))
list(g)
sizes.append(sys.getsizeof(g))
print(sizes, len(set(sizes)) == 1)
g2 = three(1, 2)
g2.close()
print(sys.getsizeof(g2) == sizes[0])
ge = (x for x in [1, 2])
before = sys.getsizeof(ge)
list(ge)
print(before == sys.getsizeof(ge))
