# dir() sorts what __dir__ returns (duplicates kept, any iterable), a module's
# own __dir__ function answers dir(module); format() checks that __format__
# returns a str; a module without a str __name__ has no name in its messages.
import types


class Dups:
    def __dir__(self):
        return ['z', 'b', 'a', 'b']


class TupleDir:
    def __dir__(self):
        return ('y', 'x')


class DictDir:
    def __dir__(self):
        return {'k': 1, 'j': 2}


class GenDir:
    def __dir__(self):
        return (n for n in 'cab')


class BadDir:
    def __dir__(self):
        return 5


class MixedDir:
    def __dir__(self):
        return ['a', 1]


print(dir(Dups()), dir(TupleDir()), dir(DictDir()), dir(GenDir()))
for obj in [BadDir(), MixedDir()]:
    try:
        dir(obj)
    except TypeError as e:
        print('TypeError', e)

m = types.ModuleType('lazy')
m.real = 1
m.__dir__ = lambda: ['beta', 'alpha', 'alpha']
print(dir(m))
m.__dir__ = lambda: 7
try:
    dir(m)
except TypeError as e:
    print('TypeError', e)
del m.__dir__
print([n for n in dir(m) if not n.startswith('__')])
m.__getattr__ = lambda name: 'computed ' + name
print(m.anything)
del m.__getattr__
try:
    m.nothing
except AttributeError as e:
    print(e)
del m.__name__
try:
    m.nothing
except AttributeError as e:
    print(e)
m.__name__ = 5
try:
    m.nothing
except AttributeError as e:
    print(e)


class Fmt:
    def __init__(self, result):
        self.result = result

    def __format__(self, spec):
        return self.result


class StrSub(str):
    pass


print(format(Fmt('ok'), 'x'), f'{Fmt("f-string")}', '{}'.format(Fmt('method')))
print(type(format(Fmt(StrSub('sub')), '')).__name__)
for bad in [5, None, b'bytes', ['list']]:
    for how in [lambda o: format(o, ''), lambda o: f'{o}', lambda o: '{:>3}'.format(o)]:
        try:
            how(Fmt(bad))
        except TypeError as e:
            print('TypeError', e)
