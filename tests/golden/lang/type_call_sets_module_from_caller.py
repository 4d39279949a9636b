# type_new_set_module: type(name, bases, ns) without __module__ takes the __name__ of the
# running code's globals, in its copy of ns (the caller's dict keeps no __module__).
ns = {'a': 1}
N = type('N', (), ns)
print('__module__' in vars(N), N.__module__, repr(N), ns)
def mk():
    return type('M', (object,), {})
print(mk().__module__)
class Meta(type): pass
Q = Meta('Q', (), {})
print(Q.__module__, '__module__' in vars(Q))
import types
T = types.new_class('T')
print(T.__module__)
R = type('R', (), {'__module__': 'elsewhere'})
print(R.__module__, R)
import collections
P = collections.namedtuple('P', 'x y')
print(P.__module__)
