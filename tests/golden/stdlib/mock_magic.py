from unittest.mock import MagicMock, Mock, NonCallableMagicMock, call
import math, os
def r(m): return repr(m).split(' id=')[0]
m = MagicMock()
print(len(m), bool(m), int(m), float(m), complex(m), 1 in m, list(m), list(iter(m)))
print(m[0] is m[1], r(m[0]))
m[1] = 2
del m[3]
print(r(-m), r(+m), r(abs(m)), r(~m), round(m) is m.__round__.return_value)
print(r(m + 1), r(1 + m), r(m * 2), r(m - 1), r(m / 2), r(m // 2), r(m % 2), r(m ** 2), r(m @ 2))
print(r(m & 1), r(m | 1), r(m ^ 1), r(m << 1), r(m >> 1), r(divmod(m, 2)))
x = m
x += 1
print(r(x))
print(m < 1, m > 1, m <= 1, m >= 1) if False else None
try: m < 1
except TypeError as e: print(e)
print(m == 1, m != 1, m == m, m != m)
print(r(math.trunc(m)), r(math.floor(m)), r(math.ceil(m)))
print(os.fspath(m).split('/')[:2], r(next(m)))
print(m.__sizeof__() == object.__sizeof__(m))
with m as cm: print(r(cm))
print([c for c in m.mock_calls][:12])
print(m.__exit__.return_value)
m.__str__.return_value = 'STR'
print(str(m))
m.__eq__.return_value = 'EQ'
print(m == 5)
m2 = MagicMock()
m2.__iter__.return_value = iter([3, 4])
print(list(m2), list(m2))
m2.__contains__.return_value = True
print(5 in m2)
m2.__getitem__.side_effect = lambda k: k * 10
print(m2[4])
m2.__len__ = lambda self: 42
print(len(m2))
m3 = Mock()
try: len(m3)
except TypeError as e: print(e)
m3.__len__ = Mock(return_value=5)
print(len(m3))
try: m3.__getattr__ = 1
except AttributeError as e: print(e)
nm = NonCallableMagicMock()
try: nm()
except TypeError as e: print(e)
print(len(nm), r(nm.foo), r(nm.foo()))
sp = MagicMock(spec=['__len__', 'x'])
print(len(sp))
try: iter(sp)
except TypeError as e: print(e)
del m2.__len__
try: len(m2)
except TypeError as e: print(e)
m4 = MagicMock()
print(hash(m4) == hash(m4), m4 in {m4})
print(sorted(dir(Mock()))[:8])
print('foo' in dir(m4), m4.foo and 'foo' in dir(m4))
print(format(m4, '').split(' id=')[0])
print(r(reversed(m4)) if hasattr(m4, '__reversed__') else 'norev')
