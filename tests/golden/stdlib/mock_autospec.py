from unittest.mock import create_autospec, Mock, MagicMock, call, ANY, seal, mock_open, patch, sentinel
from unittest import mock


def r(m):
    return repr(m).split(' id=')[0]


def func(a, b, c=3, *, d=4):
    return a + b


class Widget:
    size = 3

    def __init__(self, name):
        self.name = name

    def resize(self, w, h=1):
        return w * h

    @staticmethod
    def make(kind):
        return kind

    @classmethod
    def build(cls, n):
        return cls(n)


f = create_autospec(func, return_value='x')
print(f(1, 2), f(1, b=2, d=5), f.call_count, f.call_args_list)
f.assert_called_with(1, 2, 3, d=5) if False else None
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
f.assert_any_call(1, 2)
f.assert_any_call(a=1, b=2)
try:
    f.assert_called_once_with(1, 2)
except AssertionError as e:
    print('AssertionError:', e)
print(r(f.mock), f.called, f.call_args)
f.reset_mock()
print(f.call_count, f.called)

W = create_autospec(Widget)
w = W('n')
print(r(W), r(w))
print(r(w.resize(2)), r(W.make('k')))
w.resize.assert_called_once_with(2)
try:
    w.resize()
except TypeError as e:
    print('TypeError:', e)
try:
    w.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    W()
except TypeError as e:
    print('TypeError:', e)
print(W.mock_calls)
print(isinstance(w, Widget), isinstance(W, type))
print(W.size is not None)

inst = create_autospec(Widget, instance=True)
print(r(inst))
try:
    inst()
except TypeError as e:
    print('TypeError:', e)

m = Mock(spec=func)
m(1, 2)
m.assert_called_with(a=1, b=2)
m.assert_called_with(1, 2)
try:
    m.assert_called_with(1, 3)
except AssertionError as e:
    print('AssertionError:', e)

ss = create_autospec(Widget, spec_set=True)
try:
    ss.new_attr = 1
except AttributeError as e:
    print('AttributeError:', e)

s = Mock()
s.a.b.return_value = 1
seal(s)
print(s.a.b())
for expr in ['s.c', 's.a.c', 's.a.b.c', 's.a.b().x']:
    try:
        eval(expr)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    s.new = 1
    print('set ok', s.new)
except AttributeError as e:
    print('AttributeError:', e)

mo = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', mo):
    with open('somefile.txt') as fh:
        print(repr(fh.read()))
    with open('other') as fh:
        print(repr(fh.readline()), repr(fh.readline()))
    with open('other') as fh:
        print(fh.readlines())
    with open('iter') as fh:
        print([line for line in fh])
    with open('out.txt', 'w') as fh:
        fh.write('data')
print(mo.call_args_list)
mo.assert_any_call('out.txt', 'w')
handle = mo()
handle.write.assert_called_once_with('data')
print(r(mo), r(handle))
mb = mock_open(read_data=b'\x00\x01')
with patch('builtins.open', mb):
    with open('b', 'rb') as fh:
        print(fh.read())

parent = Mock()
child1 = Mock(return_value=None)
child2 = Mock(return_value=None)
parent.attach_mock(child1, 'child1')
parent.attach_mock(child2, 'child2')
child1(1)
child2(2)
print(parent.mock_calls, parent.method_calls)
print(r(child1))

manager = MagicMock()
with patch.object(Widget, 'resize') as mr, patch.object(Widget, 'make') as mk:
    manager.attach_mock(mr, 'resize')
    manager.attach_mock(mk, 'make')
    Widget.make('a')
    Widget('q').resize(5)
print(manager.mock_calls)

c = call(1).foo(2).bar
print(c, call(1).foo(2).call_list())
print(call.method(1, x=2).args, call.method(1, x=2).kwargs)
print(call(1, 2) == ((1, 2), {}), call(1) == ('', (1,), {}), call.x(1) == ('x', (1,), {}))
print(call.count(1), call.index(2))
print(call(ANY) == call(5), [call(1), call(2)] == [call(1), call(2)])
print(sentinel.a is sentinel.a, sentinel.a is sentinel.b, repr(sentinel.abc))

rv = Mock()
rv.return_value.x.return_value = 5
print(rv().x(), rv.mock_calls)
w2 = Mock(wraps=Widget('z'))
print(w2.resize(3, h=2), w2.resize.call_args)
