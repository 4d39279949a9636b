# Generators, coroutines and async generators: __name__ and __qualname__ can be set
# (str or a subclass only, never deleted); the repr follows __qualname__, the code
# object keeps its own name.
import sys
import types


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


@types.coroutine
def legacy():
    yield


class Label(str):
    pass


for make in (gen, coro, agen, legacy):
    obj = make()
    print(type(obj).__name__, obj.__name__, obj.__qualname__)
    obj.__name__ = 'renamed'
    obj.__qualname__ = 'Outer.renamed'
    print(' ', obj.__name__, obj.__qualname__, repr(obj).split(' at ')[0])
    for attr in ('__name__', '__qualname__'):
        for bad in (5, None, b'x', ['l']):
            try:
                setattr(obj, attr, bad)
            except TypeError as e:
                print('  TypeError:', e)
        try:
            delattr(obj, attr)
        except TypeError as e:
            print('  TypeError:', e)
    label = Label('sub')
    obj.__name__ = label
    print(' ', type(obj.__name__).__name__, obj.__name__ is label)
    code = getattr(obj, 'gi_code', None) or getattr(obj, 'cr_code', None) or obj.ag_code
    print('  code name', code.co_name, code.co_qualname)
    # The new name is held by the object, and released with it.
    name = 'x' * 3 + str(len(sys.argv))
    before = sys.getrefcount(name)
    obj.__qualname__ = name
    print('  refs +', sys.getrefcount(name) - before)
    if make is coro:
        obj.close()
    del obj
    print('  refs after del +', sys.getrefcount(name) - before)

print('-- the names are per object')
a, b = gen(), gen()
a.__name__ = 'a'
print(a.__name__, b.__name__, gen.__name__)

print('-- a running generator can rename itself')


def self_naming():
    me = yield
    me.__qualname__ = 'changed.while.running'
    yield me.__qualname__


g = self_naming()
next(g)
print(g.send(g))
print(repr(g).split(' at ')[0])
g.close()
