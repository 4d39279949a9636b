# The builtins namespace of running code is its globals' __builtins__ entry (a dict or
# a module), read when a function or a module/exec frame is made: LOAD_GLOBAL,
# LOAD_NAME, class statements and import all use it. exec/eval add __builtins__ to
# globals that lack it.
import builtins
import sys
import types

bdict = builtins.__dict__

print('-- eval with restricted builtins')
try:
    eval('len', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
print(eval('len', {'__builtins__': {'len': 42}}))
print(eval('len', {'__builtins__': builtins}) is len)
print(eval('len("abc")', {}))

print('-- globals lacking __builtins__ get it')
g = {}
exec('x = 1', g)
print(sorted(g), g['__builtins__'] is bdict)
g = {'__builtins__': 'kept'}
try:
    exec('x = len', g)
except TypeError as e:
    print('TypeError:', e)
print(g['__builtins__'])
g = {}
eval('1', g)
print(sorted(g))

print('-- functions keep the builtins of their globals')
g = {'__builtins__': {'print': print, 'y': 7}}
exec('def f():\n    return y\n', g)
f = g['f']
print(f(), f.__builtins__ is g['__builtins__'])
g['__builtins__'] = {'y': 'changed'}
print('after rebinding __builtins__:', f())
exec('def h():\n    return len\n', g)
try:
    g['h']()
except NameError as e:
    print('NameError:', e)
print(len.__name__)  # our own builtins are untouched


def outer():
    return len


print('plain function from elsewhere:', eval('outer()', {'__builtins__': {}, 'outer': outer}) is len)

print('-- builtins that are not dicts')


class Miss(dict):
    def __missing__(self, key):
        return 'missing:' + key


print(eval('anything', {'__builtins__': Miss()}))
exec('def f():\n    return other\n', g := {'__builtins__': Miss()})
print(g['f']())
try:
    eval('zz', {'__builtins__': 5})
except TypeError as e:
    print('TypeError:', e)


class GetOnly:
    def __getitem__(self, key):
        if key == 'known':
            return 'K'
        raise KeyError(key)


print(eval('known', {'__builtins__': GetOnly()}))
try:
    eval('unknown', {'__builtins__': GetOnly()})
except NameError as e:
    print('NameError:', e)

print('-- globals that are dict subclasses')


class G(dict):
    def __missing__(self, key):
        return 'gmissing:' + key


g = G()
exec('def f():\n    return qq\n', g)
print(g['f']())
print(eval('qq2', g))
print(eval('len', G()) is len)

print('-- class statements and imports use the builtins too')
try:
    exec('class A: pass', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
exec('class A: pass\nprint(A.__name__, A.__module__)',
     {'__builtins__': {'__build_class__': builtins.__build_class__, 'print': print}, '__name__': 'm'})
try:
    exec('import os', {'__builtins__': {}})
except ImportError as e:
    print('ImportError:', e)
# A global named __build_class__ does not count.
try:
    exec('class A: pass', {'__builtins__': {}, '__build_class__': builtins.__build_class__})
except NameError as e:
    print('NameError:', e)


def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    print('import', name, fromlist, level, type(locals).__name__)
    return builtins.__import__(name, globals, locals, fromlist, level)


exec('import sys\nfrom sys import path\nimport os.path', {'__builtins__': {'__import__': fake_import}})
exec('def f():\n    import sys\nf()', {'__builtins__': {'__import__': fake_import}})

print('-- frames show their builtins')
print(eval('_getframe().f_builtins', {'__builtins__': {'x': 1}, '_getframe': sys._getframe}))
print(sys._getframe().f_builtins is bdict)

print('-- types.FunctionType')
code = compile('len', 'src', 'eval')
f = types.FunctionType(code, {'__builtins__': {'len': 'L'}})
print(f(), f.__builtins__)
f = types.FunctionType(code, {})
print(f() is len, f.__builtins__ is bdict, f.__name__, f.__qualname__, f.__module__)


def make():
    x = 1

    def inner(a=5):
        return x, a
    return inner


inner = make()
h = types.FunctionType(inner.__code__, {'__name__': 'zz'}, 'nn', (1, 2), inner.__closure__)
print(h(), h.__name__, h.__qualname__, h.__module__, h.__defaults__)
h = types.FunctionType(code, {}, closure=())
print(h.__closure__)
bad = [
    ((1, {}), {}),
    ((code, 1), {}),
    ((code, {}, 5), {}),
    ((code, {}, None, 5), {}),
    ((code, {}, None, None, 5), {}),
    ((inner.__code__, {}), {}),
    ((inner.__code__, {}, None, None, (1,)), {}),
    ((inner.__code__, {}, None, None, (1, 2)), {}),
    ((code,), {}),
    ((), {}),
    ((code, {}), {'bogus': 1}),
    ((code, {}, 'a', 'b', 'c', 'd'), {}),
]
for args, kw in bad:
    try:
        types.FunctionType(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print('-- more defaults than parameters: the last ones count')


def k(a):
    return a


k.__defaults__ = (1, 2, 3)
print(k())
try:
    k(1, 2)
except TypeError as e:
    print(e)


def z():
    pass


z.__defaults__ = (1,)
try:
    z(1)
except TypeError as e:
    print(e)
