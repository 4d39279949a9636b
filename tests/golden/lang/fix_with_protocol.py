# with / async with: the protocol errors (which method is missing), the order in which
# __enter__ and __exit__ are looked up and bound, and the manager's references while
# __enter__ runs.
import sys


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        pass


class Neither:
    pass


class OnlyAEnter:
    async def __aenter__(self):
        return self


class OnlyAExit:
    async def __aexit__(self, *a):
        pass


class Both:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print('-- with')
for cls in (OnlyEnter, OnlyExit, Neither, OnlyAEnter, OnlyAExit):
    try:
        with cls():
            print('body runs?')
    except TypeError as e:
        print(cls.__name__, '|', e)

print('-- async with')


async def use(cls):
    async with cls():
        print('body runs?')


for cls in (OnlyAEnter, OnlyAExit, Neither, OnlyEnter, Both):
    try:
        run(use(cls))
    except TypeError as e:
        print(cls.__name__, '|', e)

print('-- instance attributes do not count')
n = Neither()
n.__enter__ = lambda: None
n.__exit__ = lambda *a: None
try:
    with n:
        pass
except TypeError as e:
    print(e)

print('-- lookup and binding order')


class Loud:
    def __init__(self, name, fn):
        self.name, self.fn = name, fn

    def __get__(self, obj, cls):
        print('get', self.name)
        return self.fn.__get__(obj, cls)


class Ordered:
    __enter__ = Loud('enter', lambda self: print('enter called') or self)
    __exit__ = Loud('exit', lambda self, *a: print('exit called'))


with Ordered():
    print('body')


class OrderedMissingExit:
    __enter__ = Loud('enter', lambda self: print('enter called') or self)


try:
    with OrderedMissingExit():
        pass
except TypeError as e:
    print(e)


class AOrdered:
    async def _aenter(self):
        print('aenter awaited')

    async def _aexit(self, *a):
        print('aexit awaited')

    __aenter__ = Loud('aenter', lambda self: print('aenter called') or self._aenter())
    __aexit__ = Loud('aexit', lambda self, *a: print('aexit called') or self._aexit())


async def ordered():
    async with AOrdered():
        print('async body')


run(ordered())


class AMissingExit:
    __aenter__ = Loud('aenter', lambda self: print('aenter called'))


async def missing():
    async with AMissingExit():
        pass


try:
    run(missing())
except TypeError as e:
    print(e)

print('-- special kinds of __enter__')


class Static:
    @staticmethod
    def __enter__():
        print('static enter')
        return 's'

    @classmethod
    def __exit__(cls, *a):
        print('classmethod exit', cls.__name__)


with Static() as v:
    print('as', v)


class NoneEnter:
    __enter__ = None

    def __exit__(self, *a):
        print('exit not reached')


try:
    with NoneEnter():
        pass
except TypeError as e:
    print(e)

print('-- references to the manager')


class Counted:
    def __enter__(self):
        # the caller's name, the bound __exit__, the bound __enter__, self, the argument
        print('enter refs', sys.getrefcount(self))
        return 7

    def __exit__(self, *a):
        print('exit refs', sys.getrefcount(self))


c = Counted()
with c as seven:
    print('inside refs', sys.getrefcount(c), seven)
print('after refs', sys.getrefcount(c))
with Counted():
    pass


class ACounted:
    async def __aenter__(self):
        print('aenter refs', sys.getrefcount(self))

    async def __aexit__(self, *a):
        print('aexit refs', sys.getrefcount(self))


async def counted():
    a = ACounted()
    async with a:
        print('async inside refs', sys.getrefcount(a))


run(counted())

print('-- a failing __enter__ leaves nothing behind')


class Dies:
    def __del__(self):
        print('manager freed')

    def __enter__(self):
        raise ValueError('enter failed')

    def __exit__(self, *a):
        print('exit not reached')


try:
    with Dies():
        pass
except ValueError as e:
    print(e)
print('end')
