import asyncio
import gc
import inspect
from unittest import mock
from unittest.mock import (ANY, AsyncMock, MagicMock, Mock, NonCallableMock, call,
                           create_autospec, mock_open, patch, seal, sentinel)


def r(m):
    return repr(m).split(' id=')[0]


def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ':', str(e).split(' id=')[0])


# call objects: comparisons in every tuple form
print(call(1) == call.x(1), call.x(1) == call(1), call.x(1) == ((1,), {}))
print(call(1) == ('x', (1,), {}), call(1) == (1,), call(1) == 'x', call(a=1) == ('', {'a': 1}))
print(call.x == call.x(), call == call(), call(1) != call(2), call(1) != call(1))
print(repr(call(z=1, a=2)), repr(call.a.b), repr(call(1).a), repr(call.f(1)(2)(3)))
print(call(1).a(2).b(3).call_list())
print(call.x(1).args, call.x(1).kwargs, call(1, k=2)[1:], len(call.x), tuple(call.y(2)))
m = Mock()
m(1, b=2)
print(m.call_args == call(1, b=2), m.call_args == ((1,), {'b': 2}), m.call_args[0], m.call_args[1])
print(repr(m.call_args), m.call_args.args, m.call_args.kwargs)
print([call(1), call(ANY)] == [call(1), call(7)], call(ANY, x=ANY) == call(2, x=[1]))

# names through return values and attributes
n = Mock(name='top')
n.a().b.c(1)
n().x()
print(n.mock_calls)
print(n.method_calls)
print(r(n.a().b.c), r(n().x()), r(n.a.return_value))
attempt(lambda: n.a().assert_called_once())
attempt(lambda: n.a.return_value.b.c.assert_called_with(2))
attempt(lambda: Mock().x().assert_not_called() or 'not called ok')

# side effects and return values
s = Mock(return_value=1, side_effect=lambda *a: mock.DEFAULT)
print(s(), s.side_effect is not None)
s.side_effect = KeyError('gone')
attempt(s)
s.side_effect = [10, ValueError('v'), 30]
attempt(s)
attempt(s)
attempt(s)
attempt(s)
w = Mock(wraps=lambda x: x * 3)
print(w(2), w.call_count, r(w.attr) if False else '')
w2 = Mock(wraps=dict(a=1))
print(w2.get('a'), w2.keys is not None, w2.get.call_args)

# configure / attach / reset
c = MagicMock()
c.configure_mock(**{'x.y.return_value': 'deep', 'z.side_effect': [1, 2]})
print(c.x.y(), c.z(), c.z())
child = Mock(name='named')
c.named_child = child
print(r(child), child in c.__dict__.values())
c.attach_mock(child, 'adopted')
child(4)
print(r(child), c.mock_calls[-1], c.method_calls[-1])
c.reset_mock()
print(c.mock_calls, c.z.call_count, c.x.y())
r2 = Mock(return_value=5, side_effect=[1])
r2.reset_mock(return_value=True, side_effect=True)
print(r(r2()), r2.side_effect)

# spec behaviours
class Shape:
    sides = 0

    def area(self, scale):
        return 0

    async def fetch(self):
        return 1

    @property
    def name(self):
        return 'shape'


sm = Mock(spec=Shape)
print(r(sm), r(sm.area), r(sm.fetch), isinstance(sm, Shape), sm.__class__ is Shape)
attempt(lambda: sm.volume)
sm.volume = 3
print(sm.volume)
ss = Mock(spec_set=Shape())
attempt(lambda: setattr(ss, 'volume', 3))
ss.sides = 4
print(ss.sides, r(ss), isinstance(ss, Shape))
print(sorted(n for n in dir(Mock(spec=Shape)) if not n.startswith('_')))
attempt(lambda: r(Mock(spec=Mock)))
attempt(lambda: create_autospec(Mock()))
am = Mock(spec=Shape().fetch)
print(inspect.iscoroutine(co := am()), type(am).__name__)
co.close()

# autospec
auto = create_autospec(Shape)
inst = auto()
print(r(inst.area), inst.area(2) is inst.area.return_value)
attempt(lambda: inst.area())
attempt(lambda: inst.area(1, 2))
print(r(auto.sides), r(auto.fetch))
print(auto.mock_calls)
inst.area.assert_called_once_with(2)
inst.area.assert_called_once_with(scale=2)
attempt(lambda: inst.area.assert_called_once_with(3))


def plain(a, b=2, *args, **kw):
    return a


fa = create_autospec(plain)
print(r(fa(1)), r(fa(1, 2, 3, x=4)), fa.call_args_list)
fa.return_value = 'new'
print(fa(0), fa.mock.call_count, fa.call_count)
fa.side_effect = ValueError('se')
attempt(lambda: fa(9))
fa.assert_any_call(1, 2, 3, x=4)
attempt(lambda: fa.assert_any_call(5))
print(fa.__name__, inspect.signature(fa))

# seal on return values
sealed = Mock()
sealed.method.return_value.value = 1
seal(sealed)
print(sealed.method().value)
attempt(lambda: sealed.method().other)
attempt(lambda: sealed.other())

# mock_open
mo = mock_open(read_data='alpha\nbeta\ngamma')
with patch('builtins.open', mo):
    with open('f') as fh:
        print(repr(fh.read(3)), repr(fh.readline()), repr(fh.readline()), repr(fh.readline()),
              repr(fh.readline()))
    with open('f') as fh:
        print(list(fh))
    with open('f') as fh:
        print(next(fh), fh.readlines())
print(mo.mock_calls[:4])


# async
async def main():
    a = AsyncMock()
    print(r(a.child), r(a.__aenter__), r(a.__len__) if hasattr(a, '__len__') else '')
    await a(1)
    await a(2)
    a.assert_has_awaits([call(1), call(2)])
    a.assert_has_awaits([call(2), call(1)], any_order=True)
    attempt(lambda: a.assert_has_awaits([call(3)]))
    attempt(lambda: a.assert_has_awaits([call(3)], any_order=True))
    attempt(lambda: a.assert_awaited_once_with(2))
    attempt(lambda: a.assert_not_awaited())
    pending = a(3)
    print(a.call_count, a.await_count)
    await pending
    print(a.call_count, a.await_count, a.await_args_list)
    mm = MagicMock()
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    w = AsyncMock(wraps=lambda v: v * 2)
    print(await w(21))
    with patch.object(Shape, 'fetch') as pf:
        print(r(pf), r(await Shape().fetch()))

asyncio.run(main())

gc.collect()
print(gc.is_tracked(MagicMock()), gc.is_tracked(sentinel.q), sentinel.q is sentinel.q)
