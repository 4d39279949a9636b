# exec/eval with a locals mapping that is not an exact dict: LOAD_NAME reads it with
# PyObject_GetItem (a subclass's __getitem__ / __missing__, any mapping), then the
# globals' own entries, then the builtins.
import collections
class Miss(dict):
    def __missing__(self, k):
        return 'missing:' + k
class GI(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return super().__getitem__(k)
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k == 'virtual': return 'V'
        return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class Bad(dict):
    def __getitem__(self, k): raise RuntimeError('boom ' + k)
g = {}
for L in (Miss(), GI(), Map(), collections.ChainMap({'cm': 1}), collections.UserDict({'ud': 2})):
    for src in ('x = 1; r = (x, len)', 'r = magic', 'r = virtual', 'r = zzz', 'r = cm', 'r = ud', 'r = [y for y in (1,)]'):
        try:
            exec(src, g, L)
            print(type(L).__name__, src, '->', L['r'])
        except Exception as e:
            print(type(L).__name__, src, '!', type(e).__name__, e)
try:
    exec('r = q', g, Bad())
except Exception as e: print(type(e).__name__, e)
print(eval('zz', {}, Miss()))
print(eval('magic', {}, GI()))
class GM(dict):
    def __missing__(self, k): return 'g:' + k
# dict subclass as globals: LOAD_NAME ignores the subclass for globals lookup
try:
    print(eval('nope', GM(), {}))
except Exception as e: print(type(e).__name__, e)
# LOAD_GLOBAL in function honours subclass globals
gm = GM()
exec('def f(): return nope2\n', gm)
print(gm['f']())
# class body namespace via __prepare__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Miss()
class C(metaclass=Meta):
    a = b
print(C.a)
# deleting names
L = Map(); L['t'] = 1
exec('del t', g, L); print(L.d)


# A mapping whose __getitem__ raises something other than KeyError stops the lookup.
class Strict(dict):
    def __getitem__(self, k):
        if k == 'len':
            raise LookupError('not KeyError')
        return super().__getitem__(k)


try:
    exec('r = len', {}, Strict())
except LookupError as e:
    print('LookupError', e)


# The values a mapping hands out are released like any other.
class Tracked:
    def __del__(self):
        print('value freed')


class Producer(dict):
    def __missing__(self, k):
        return Tracked()


exec('produced', {}, Producer())
print('after exec')
# Names stored by the code go through __setitem__ of the mapping.
class Recording(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


exec('a = 1\nb = a + 1', {}, Recording())
