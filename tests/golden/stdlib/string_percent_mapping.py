# '%(key)s' % obj works for any object whose type has __getitem__ (PyMapping_Check),
# not only dicts; a tuple or str is never the mapping.
import collections
from types import MappingProxyType


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


class M:
    def __getitem__(self, key):
        print('  getitem', repr(key))
        if key == 'missing':
            raise KeyError(key)
        return key * 2


class S(str):
    pass


class T(tuple):
    pass


class D(dict):
    def __missing__(self, key):
        return '<%s>' % key


t(lambda: '%(a)s' % collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}))
t(lambda: '%(b)s %(a)r' % collections.ChainMap({'a': 'x'}, {'b': 3}))
t(lambda: '%(a)s %(b)r %(c)5s|' % M())
t(lambda: '%(missing)s' % M())
t(lambda: '%(a)s and %s' % M())
t(lambda: '%s' % M() if False else 'skip')
t(lambda: '%(x)s %(y)d' % D(y=4))
t(lambda: '%(x)s' % MappingProxyType({'x': 'proxy'}))
t(lambda: '%(x)s' % collections.OrderedDict(x=1))
t(lambda: '%(x)s' % collections.Counter('xx'))
t(lambda: '%(x)s' % collections.defaultdict(int))
t(lambda: '' % [1])
t(lambda: '%s' % [1])
t(lambda: '%s %s' % [1])
t(lambda: '%(a)s' % [1])
t(lambda: '' % collections.deque([1]))
t(lambda: '' % S('x'))
t(lambda: '%s' % T((1,)))
t(lambda: '' % 5)
t(lambda: '' % {})
t(lambda: '' % b'x')
t(lambda: '' % range(3))
t(lambda: '%(a)s' % 5)
t(lambda: '%(a)s' % (1,))
t(lambda: '%(a)s' % 'abc')
t(lambda: '%(a)s %%' % {'a': 1})
t(lambda: '%(a)*d' % {'a': 1})
t(lambda: '%(a' % {'a': 1})
t(lambda: b'%(a)s' % M() if False else b'%(a)s' % {b'a': b'bytes'})
t(lambda: b'%(a)s' % collections.ChainMap({b'a': b'1'}))
