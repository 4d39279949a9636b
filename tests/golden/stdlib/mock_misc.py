import gc
from unittest.mock import (Mock, MagicMock, NonCallableMock, PropertyMock, DEFAULT, call,
                           sentinel, FILTER_DIR)
from unittest import mock


def r(m):
    return repr(m).split(' id=')[0]


m = Mock()
m.attr = 5
print(m.attr, m.mock_calls)
del m.attr
try:
    m.attr
except AttributeError as e:
    print('AttributeError:', e)
del m.other
try:
    m.other
except AttributeError as e:
    print('AttributeError:', e)
try:
    del m.other
except AttributeError as e:
    print('AttributeError:', e)
child = Mock()
m.kid = child
print(r(child), r(m.kid))
m.kid(3)
print(m.mock_calls, m.method_calls)

nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print('TypeError:', e)
print(r(nc), r(nc.x), r(nc.x()))

try:
    Mock(spec=Mock())
except mock.InvalidSpecError as e:
    print('InvalidSpecError:', str(e).split(' id=')[0])

s = Mock(spec=['a'])
s.mock_add_spec(['b'])
print(hasattr(s, 'a'), hasattr(s, 'b'))
s2 = Mock()
s2.mock_add_spec(['x'], spec_set=True)
try:
    s2.y = 1
except AttributeError as e:
    print('AttributeError:', e)

rv = Mock(return_value=3)
rv.side_effect = lambda: DEFAULT
print(rv())
rv.side_effect = None
print(rv())
rv.reset_mock(return_value=True)
print(r(rv()))
se = Mock(side_effect=[1])
se.reset_mock(side_effect=True)
print(se.side_effect, r(se()))

se2 = Mock(side_effect=iter([ValueError, 2]))
try:
    se2()
except ValueError:
    print('ValueError raised')
print(se2())
se3 = Mock(side_effect=(x for x in 'ab'))
print(se3(), se3())

class Config:
    debug = False

    @property
    def level(self):
        return 1

pm_owner = MagicMock()
p = PropertyMock(return_value='value')
type(pm_owner).prop = p
print(pm_owner.prop)
pm_owner.prop = 'new'
print(p.mock_calls)

w = Mock(wraps=[1, 2, 3].index)
print(w(2), w.call_args)
w.return_value = 'override'
print(w(2))

m2 = Mock(name='root')
m2.a.b.c(1)
m2().d(2)
m2.e()(3)
print(m2.mock_calls)
print(m2.method_calls)
print(r(m2.a.b.c), r(m2().d), r(m2.e()))

c1 = call.foo(1)
print(c1 == call.foo(1), c1 == call.bar(1), c1 != call.foo(2), c1 == ('foo', (1,), {}))
print(call(1, a=2) == call(1, a=2), call() == (), call(1) == ((1,),), call(a=1) == ({'a': 1},))
print(call == call, repr(call), repr(call()), repr(call.a), repr(call.a.b()), repr(call()()))
print(call(1) in [call(2), call(1)], [call(1), call(2)] in m.call_args_list)
l = mock._CallList([call(1), call(2), call(3)])
print([call(2), call(3)] in l, [call(3), call(2)] in l, l)

print(sentinel.DEFAULT is DEFAULT, FILTER_DIR)

m3 = Mock()
m3.configure_mock(**{'method.return_value': 3, 'other.side_effect': KeyError('k'), 'x': 1})
print(m3.method(), m3.x)
try:
    m3.other()
except KeyError as e:
    print('KeyError:', e)
m4 = Mock(**{'a.return_value': 7}, name='conf')
print(m4.a(), r(m4))

mm = MagicMock()
mm.__getitem__.return_value = 'v'
mm['k']
mm.__setitem__('x', 1)
print(mm.mock_calls)
print(mm.__getitem__.call_args)
mm.reset_mock()
print(mm.mock_calls, mm['z'])

print(isinstance(Mock(), Mock), isinstance(MagicMock(), Mock), isinstance(Mock(), MagicMock))
print(type(Mock()).__name__, type(MagicMock()).__name__, type(Mock()) is Mock)
print(issubclass(type(Mock()), Mock), Mock.__mro__[1].__name__)
print(callable(Mock()), callable(NonCallableMock()))
print(Mock().__class__.__name__, Mock(spec=int).__class__, Mock(spec=3).__class__)
print(isinstance(Mock(spec=Config()), Config), isinstance(Mock(spec=Config), Config))

try:
    Mock().assert_called_once_with()
except AssertionError as e:
    print('AssertionError:', e)
try:
    Mock(name='x').foo.assert_not_called() or print('ok')
except AssertionError as e:
    print('AssertionError:', e)
q = Mock()
q(1)
q(2)
try:
    q.assert_has_calls([call(2), call(1)])
except AssertionError as e:
    print('AssertionError:', e)
try:
    q.assert_called_once()
except AssertionError as e:
    print('AssertionError:', e)
try:
    q.assert_not_called()
except AssertionError as e:
    print('AssertionError:', e)
try:
    q.assert_has_calls([call(3)], any_order=True)
except AssertionError as e:
    print('AssertionError:', e)
try:
    q.assert_any_call(3, a=1)
except AssertionError as e:
    print('AssertionError:', e)
try:
    q.assert_called_with(3, a=1)
except AssertionError as e:
    print('AssertionError:', e)
for name in ['assert_foo', 'assret_called', 'asert_x', 'aseert_x', 'assrt_x']:
    try:
        getattr(Mock(), name)
    except AttributeError as e:
        print('AttributeError:', e)
print(r(getattr(Mock(unsafe=True), 'assert_foo')))
print(r(Mock(spec=['assert_x']).assert_x))

gc.collect()
print(gc.is_tracked(Mock()), gc.is_tracked(call(1)))
