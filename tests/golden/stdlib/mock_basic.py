from unittest import mock
import unittest.mock
from unittest.mock import patch, Mock, MagicMock, call, ANY, sentinel, DEFAULT
print(mock is unittest.mock)
def r(m): return repr(m).split(' id=')[0]
m = Mock()
print(r(m), r(m.foo), r(m.foo.bar), r(m()), r(m.foo()), r(m.foo().bar))
m.foo(1, 2, a=3)
m.bar.baz('x')
m(5)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args, m.call_count, m.called, m.call_args_list)
print(m.foo.call_args.args, m.foo.call_args.kwargs)
n = Mock(name='n', return_value=3)
print(n(), r(n), r(n.x))
s = Mock(side_effect=[1, 2, ValueError('boom')])
print(s(), s())
try: s()
except ValueError as e: print('VE', e)
try: s()
except StopIteration: print('stop')
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
e = Mock(side_effect=KeyError)
try: e()
except KeyError: print('KeyError')
mm = MagicMock()
print(len(mm), list(mm), int(mm), float(mm), bool(mm), 3 in mm, mm[1] is mm.__getitem__.return_value)
mm.__len__.return_value = 7
print(len(mm))
with mm as x: print(r(x))
print(mm == mm, mm != mm, mm == 3)
print(str(mm).split(' id=')[0], hash(mm) == object.__hash__(mm))
mm.__iter__.return_value = [1, 2]
print(list(mm))
print(mm.mock_calls[:3])
for meth, args in [('assert_called', ()), ('assert_called_once', ()), ('assert_not_called', ()),
                   ('assert_called_with', (1,)), ('assert_called_once_with', (1,)),
                   ('assert_any_call', (9,))]:
    for target in [Mock(), m, m.foo, Mock(name='named')]:
        try:
            getattr(target, meth)(*args)
            print(meth, 'ok')
        except AssertionError as e:
            print(meth, 'AE:', e)
try: m.assert_has_calls([call.foo(1, 2, a=3), call.bar.baz('y')])
except AssertionError as e: print('AE:', e)
m.assert_has_calls([call.foo(1, 2, a=3), call.bar.baz('x')])
m.assert_has_calls([call.bar.baz('x'), call.foo(1, 2, a=3)], any_order=True)
try: m.assert_has_calls([call.bar.baz('q'), call.foo(1, 2, a=3)], any_order=True)
except AssertionError as e: print('AE:', e)
m.foo.assert_called_with(1, ANY, a=ANY)
print(call(1) == call(1), call.foo(1) == call.bar(1), call(1, a=2), call.a.b(3).c(), repr(ANY), sentinel.x, DEFAULT)
try: m.assret_x()
except AttributeError as e: print(e)
m.reset_mock()
print(m.mock_calls, m.call_count, m.foo.call_count)
m.configure_mock(**{'a.b.return_value': 5, 'c': 1})
print(m.a.b(), m.c)
sp = Mock(spec=['a', 'b'])
print(r(sp), sp.a is sp.a)
try: sp.c
except AttributeError as e: print(e)
class K:
    x = 1
    def meth(self, a): pass
ks = Mock(spec=K)
print(r(ks), isinstance(ks, K))
ss = Mock(spec_set=K)
try: ss.y = 3
except AttributeError as e: print(e)
