import os
import os.path
import json
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, NonCallableMagicMock, DEFAULT, sentinel


def r(m):
    return repr(m).split(' id=')[0]


class Thing:
    attr = 'original'

    def method(self, x):
        return x

    @classmethod
    def cm(cls):
        return 'cm'


def use_getcwd():
    return os.getcwd()


with patch('os.getcwd') as fake:
    fake.return_value = '/fake'
    print(use_getcwd(), r(fake))
print(use_getcwd() != '/fake')

with patch('os.getcwd', return_value='/kw'):
    print(os.getcwd())

with patch('os.getcwd', new=lambda: '/new') as n:
    print(os.getcwd(), n())

with patch.object(Thing, 'attr', 'patched'):
    print(Thing.attr, Thing().attr)
print(Thing.attr)

with patch.object(Thing, 'method') as m:
    m.return_value = 42
    print(Thing().method(1), r(m), m.call_args)
print(Thing().method(7))

with patch.object(Thing, 'missing', create=True, new='made'):
    print(Thing.missing)
print(hasattr(Thing, 'missing'))

try:
    with patch.object(Thing, 'missing'):
        pass
except AttributeError as e:
    print('AttributeError:', e)


@patch('os.getcwd')
@patch('os.listdir')
def decorated(mock_listdir, mock_getcwd, extra=1):
    mock_getcwd.return_value = 'cwd'
    mock_listdir.return_value = ['a']
    return os.getcwd(), os.listdir('.'), r(mock_listdir), r(mock_getcwd), extra


print(decorated())
print(decorated(extra=2))
print(decorated.__name__, len(decorated.patchings))


@patch('os.getcwd', new=sentinel.cwd)
def with_new():
    return os.getcwd


print(with_new())

p = patch('json.dumps', return_value='dumped')
started = p.start()
print(json.dumps({}), r(started))
p.stop()
print(json.dumps({}))
print(p.stop())

p1 = patch.object(Thing, 'attr', 'a1')
p2 = patch.object(Thing, 'cm', return_value='fake')
p1.start()
p2.start()
print(Thing.attr, Thing.cm())
patch.stopall()
print(Thing.attr, Thing.cm())

d = {'a': 1, 'b': 2}
with patch.dict(d, {'b': 20, 'c': 30}) as pd:
    print(d, pd is d)
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict(d, z=26):
    print(sorted(d.items()))
with patch.dict('os.environ', {'MOCK_TEST_VAR': 'yes'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)


@patch.dict(d, {'deco': True})
def with_dict():
    return dict(d)


print(with_dict(), d)

with patch.multiple(Thing, attr='m1', cm=DEFAULT) as values:
    print(Thing.attr, sorted(values), r(values['cm']))
print(Thing.attr)


@patch.multiple('os', getcwd=DEFAULT, listdir=DEFAULT)
def multi(getcwd, listdir):
    return r(getcwd), r(listdir)


print(multi())

with patch('os.getcwd', new_callable=NonCallableMagicMock) as nc:
    print(r(nc))

with patch.object(Thing, 'method', autospec=True) as am:
    am.return_value = 'auto'
    t = Thing()
    print(t.method(5))
    am.assert_called_once_with(t, 5)
    try:
        t.method()
    except TypeError as e:
        print('TypeError:', e)

with patch('os.getcwd', spec=True) as sp:
    print(r(sp))

with patch.object(Thing, 'attr', new_callable=mock.PropertyMock) as pm:
    pm.return_value = 'prop'
    print(Thing().attr)
    pm.assert_called_once_with()

for bad in [lambda: patch('nodots'), lambda: patch(42)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    patch('os.getcwd', new=1, new_callable=Mock)
except ValueError as e:
    print('ValueError:', e)
try:
    patch('os.getcwd', autospec=True, new_callable=Mock)
except ValueError as e:
    print('ValueError:', e)
try:
    patch.object('os', 'getcwd')
except TypeError as e:
    print('TypeError:', e)
try:
    patch.multiple(Thing)
except ValueError as e:
    print('ValueError:', e)
try:
    with patch('os.getcwd', 1, foo=2):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    with patch('os.getcwd', spec=True, autospec=True):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    patch('os.getcwd', autospect=True)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    with patch('no_such_module_xyz.thing'):
        pass
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)


@patch.object(Thing, 'attr', 'class-patched')
class TestSomething(unittest.TestCase):
    def test_one(self):
        return Thing.attr

    def helper(self):
        return Thing.attr


print(TestSomething('test_one').test_one(), TestSomething('test_one').helper())
