"""unittest.mock for refpy, written from the library documentation.

Layout of this implementation:

* every mock keeps its bookkeeping in one ``_Ledger`` record stored in the
  instance dict, so user attributes and mock state never collide;
* each mock instance gets a private subclass of the class it was created
  from, so that magic methods can be assigned per instance;
* relationships between mocks are a single ``parent``/``link`` pair, where
  the link is either an attribute name or ``'()'`` for a return value;
  names, ``mock_calls`` and ``method_calls`` are all derived from that path;
* MagicMock installs ``_MagicSlot`` descriptors for the protocol methods;
  the slot produces the child mock the first time it is looked up.
"""

import inspect
import pprint
import sys
import types
from importlib import _import_dotted

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Raised when a mock is given an unusable spec."""


# --------------------------------------------------------------------------
# sentinel, DEFAULT, ANY

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel:
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        made = self._made
        if name not in made:
            made[name] = _SentinelObject(name)
        return made[name]

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_GONE = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# --------------------------------------------------------------------------
# small predicates

def _raisable(value):
    if isinstance(value, BaseException):
        return True
    return isinstance(value, type) and issubclass(value, BaseException)


def _is_mocklike(value):
    return isinstance(value, NonCallableMock)


def _mock_behind(value):
    """The mock an autospecced function stands for, or the value itself."""
    inner = getattr(value, '__dict__', {}).get('mock') if isinstance(value, types.FunctionType) else None
    return inner if _is_mocklike(inner) else value


def _is_coro_fn(value):
    try:
        return inspect.iscoroutinefunction(value)
    except Exception:
        return False


def _fmt_args(args, kwargs):
    shown = [repr(a) for a in args]
    shown += ['%s=%r' % item for item in kwargs.items()]
    return ', '.join(shown)


def _render_path(segments):
    text = ''.join(s if s == '()' else '.' + s for s in segments)
    return text[1:] if text.startswith('.') else text


# --------------------------------------------------------------------------
# call objects

def _split_call(value):
    """(name or None, args, kwargs) of a call given in any accepted tuple form."""
    if isinstance(value, _Call):
        if value._two:
            return None, value[0], value[1]
        return value[0], value[1], value[2]
    size = len(value)
    if size == 0:
        return None, (), {}
    if size == 1:
        only = value[0]
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return None, only, {}
        return None, (), only
    if size == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return None, first, second
    if size == 3:
        return value[0], value[1], value[2]
    raise ValueError('not a call')


class _Call(tuple):
    """One recorded (or expected) call; also the builder behind ``call``."""

    def __new__(cls, value=(), two=False, _prev=None, _invoked=True):
        name, args, kwargs = _split_call(value) if value else ('', (), {})
        name = name or ''
        args = tuple(args)
        kwargs = dict(kwargs)
        if two:
            made = tuple.__new__(cls, (args, kwargs))
        else:
            made = tuple.__new__(cls, (name, args, kwargs))
        made._two = two
        made._cname = name
        made._prev = _prev
        made._invoked = _invoked
        return made

    def __init__(self, *a, **k):
        pass

    @property
    def args(self):
        return self[0] if self._two else self[1]

    @property
    def kwargs(self):
        return self[1] if self._two else self[2]

    def __eq__(self, other):
        if not isinstance(other, (tuple, list)):
            return NotImplemented
        try:
            oname, oargs, okwargs = _split_call(other)
        except (ValueError, TypeError):
            return False
        if not isinstance(oargs, tuple) or not isinstance(okwargs, dict):
            return False
        if not self._two and self._cname and self._cname != (oname or ''):
            return False
        return (self.args, self.kwargs) == (oargs, okwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = object.__hash__

    def __call__(self, *args, **kwargs):
        name = self._cname + '()' if self._invoked else self._cname
        return _Call((name, args, kwargs), _prev=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._invoked:
            name = self._cname + '().' + attr
        elif self._cname:
            name = self._cname + '.' + attr
        else:
            name = attr
        return _Call((name, (), {}), _prev=self, _invoked=False)

    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def __repr__(self):
        name = self._cname
        if not self._invoked:
            if not name:
                return 'call'
            return 'call' + name if name.startswith('(') else name
        inside = '(%s)' % _fmt_args(self.args, self.kwargs)
        if self._two or not name:
            return 'call' + inside
        if name.startswith('('):
            return 'call' + name + inside
        return 'call.' + name + inside

    def call_list(self):
        chain = []
        node = self
        while node is not None:
            if node._invoked and node._prev is not None:
                chain.append(node)
            node = node._prev
        chain.reverse()
        return _CallList(chain)


call = _Call(('', (), {}), _invoked=False)


class _CallList(list):
    """A list of calls; ``in`` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return any(value == item for item in self)
        width = len(value)
        for start in range(len(self) - width + 1):
            if all(value[i] == self[start + i] for i in range(width)):
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# --------------------------------------------------------------------------
# mock bookkeeping

class _Ledger:
    __slots__ = (
        'cls', 'name', 'parent', 'link', 'children', 'deleted', 'ret', 'effect',
        'wraps', 'spec_obj', 'spec_names', 'spec_class', 'spec_label', 'spec_set',
        'sig', 'sig_check', 'called', 'call_count', 'call_args', 'call_args_list',
        'mock_calls', 'method_calls', 'sealed', 'unsafe', 'delegate', 'fallback',
        'finish', 'auto', 'await_count', 'await_args', 'await_args_list',
    )

    def __init__(self, cls):
        self.cls = cls
        self.name = None
        self.parent = None
        self.link = None
        self.children = {}
        self.deleted = set()
        self.ret = DEFAULT
        self.effect = None
        self.wraps = None
        self.spec_obj = None
        self.spec_names = None
        self.spec_class = None
        self.spec_label = None
        self.spec_set = False
        self.sig = None
        self.sig_check = False
        self.called = False
        self.call_count = 0
        self.call_args = None
        self.call_args_list = _CallList()
        self.mock_calls = _CallList()
        self.method_calls = _CallList()
        self.sealed = False
        self.unsafe = False
        self.delegate = None
        self.fallback = None
        self.finish = None
        self.auto = None
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


def _book(mock):
    return object.__getattribute__(mock, '__dict__')['_ledger']


def _full_name(mock):
    segments = []
    node = mock
    hops = 0
    while True:
        st = _book(node)
        if st.parent is None or hops > 1000:
            root = st.name or 'mock'
            break
        segments.append(st.link)
        node = st.parent
        hops += 1
    segments.reverse()
    tail = ''.join(s if s == '()' else '.' + s for s in segments)
    return root + tail


def _short_name(mock):
    st = _book(mock)
    if st.name:
        return st.name
    if st.link and st.link != '()':
        return st.link
    return 'mock'


def _adopt(parent, child, link):
    """Make `child` a child of `parent` if it is a free mock; True if done."""
    inner = _mock_behind(child)
    if not _is_mocklike(inner):
        return False
    st = _book(inner)
    if st.parent is not None or st.name is not None:
        return False
    node = parent
    while node is not None:          # never build a loop
        if node is inner:
            return False
        node = _book(node).parent
    st.parent = parent
    st.link = link
    return True


def _apply_spec(mock, spec, strict):
    st = _book(mock)
    st.spec_obj = None
    st.spec_names = None
    st.spec_class = None
    st.spec_label = None
    st.sig = None
    st.spec_set = bool(strict)
    if spec is None:
        return
    if _is_mocklike(spec):
        raise InvalidSpecError('Cannot spec a Mock object. [object=%r]' % (spec,))
    if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
        st.spec_names = set(spec)
        return
    st.spec_obj = spec
    st.spec_class = spec if isinstance(spec, type) else type(spec)
    st.spec_label = st.spec_class.__name__
    st.spec_names = set(dir(spec))
    if callable(spec):
        try:
            st.sig = inspect.signature(spec)
        except (TypeError, ValueError):
            st.sig = None


def _canon(st, value):
    """A call normalised through the mock's signature, when it has one."""
    sig = st.sig
    if sig is None:
        return value
    name, args, kwargs = _split_call(value)
    if name:
        return value
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError:
        return value
    if isinstance(value, _Call) and value._two or len(value) == 2:
        return _Call((bound.args, bound.kwargs), two=True)
    return _Call(('', bound.args, bound.kwargs))


def _record_call(mock, args, kwargs):
    st = _book(mock)
    st.called = True
    st.call_count += 1
    made = _Call((args, kwargs), two=True)
    st.call_args = made
    st.call_args_list.append(made)
    st.mock_calls.append(_Call(('', args, kwargs)))
    segments = []
    through_attributes = True
    node = mock
    hops = 0
    while hops < 1000:
        nst = _book(node)
        up = nst.parent
        if up is None:
            break
        segments.insert(0, nst.link)
        if nst.link == '()':
            through_attributes = False
        name = _render_path(segments)
        ust = _book(up)
        ust.mock_calls.append(_Call((name, args, kwargs)))
        if through_attributes:
            ust.method_calls.append(_Call((name, args, kwargs)))
        node = up
        hops += 1


def _current_effect(st):
    if st.delegate is not None:
        effect = st.delegate.__dict__.get('side_effect')
        if effect is not None and not callable(effect) and not _raisable(effect) \
                and not hasattr(effect, '__next__'):
            effect = iter(effect)
            st.delegate.side_effect = effect
        return effect
    return st.effect


def _explicit_return(st):
    if st.delegate is not None:
        return st.delegate.__dict__.get('return_value', DEFAULT)
    return st.ret


def _produce(mock, args, kwargs):
    st = _book(mock)
    effect = _current_effect(st)
    if effect is not None:
        if _raisable(effect):
            raise effect
        if callable(effect):
            result = effect(*args, **kwargs)
        else:
            result = next(effect)
            if _raisable(result):
                raise result
        if result is not DEFAULT:
            return _finished(st, result)
    value = _explicit_return(st)
    if value is not DEFAULT:
        return _finished(st, value)
    if st.wraps is not None:
        return st.wraps(*args, **kwargs)
    if st.fallback is not None:
        return _FALLBACKS[st.fallback](st.parent, *args, **kwargs)
    return mock.return_value


def _finished(st, value):
    if st.finish is not None:
        return _FINISHERS[st.finish](value)
    return value


def _retire_calls(st):
    st.called = False
    st.call_count = 0
    st.call_args = None
    st.call_args_list = _CallList()
    st.mock_calls = _CallList()
    st.method_calls = _CallList()
    st.await_count = 0
    st.await_args = None
    st.await_args_list = _CallList()


# --------------------------------------------------------------------------
# the mock classes

_TYPO_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


class Base:
    def __init__(self, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called; the root of the mock classes."""

    def __new__(cls, *args, **kwargs):
        spec = kwargs.get('spec_set')
        if spec is None:
            spec = kwargs.get('spec', args[0] if args else None)
        bases = (cls,)
        if spec is not None and not issubclass(cls, AsyncMockMixin) and \
                not isinstance(spec, (list, tuple)) and _is_coro_fn(spec):
            bases = (AsyncMockMixin, cls)
        own = type(cls.__name__, bases, {
            '__doc__': cls.__doc__, '__module__': cls.__module__,
            '__qualname__': cls.__qualname__})
        made = object.__new__(own)
        object.__getattribute__(made, '__dict__')['_ledger'] = _Ledger(cls)
        return made

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 unsafe=False, **kwargs):
        st = _book(self)
        parent = kwargs.pop('_mk_parent', None)
        link = kwargs.pop('_mk_link', None)
        if parent is not None:
            st.parent = parent
            st.link = link
        st.unsafe = unsafe
        strict = spec_set is not None
        _apply_spec(self, spec_set if strict else spec, strict)
        st.wraps = wraps
        st.name = name
        if isinstance(self, MagicMixin):
            _install_magics(self)
        if kwargs:
            self.configure_mock(**kwargs)

    # -- state exposed as attributes

    @property
    def __class__(self):
        spec_class = _book(self).spec_class
        return type(self) if spec_class is None else spec_class

    def _ledger_prop(field, doc):
        def getter(self):
            return getattr(_book(self), field)

        def setter(self, value):
            setattr(_book(self), field, value)
        return property(getter, setter, doc=doc)

    called = _ledger_prop('called', 'Whether the mock has been called.')
    call_count = _ledger_prop('call_count', 'How many times the mock was called.')
    call_args = _ledger_prop('call_args', 'The arguments of the last call.')
    call_args_list = _ledger_prop('call_args_list', 'Every call, in order.')
    mock_calls = _ledger_prop('mock_calls', 'Calls to the mock and its children.')
    method_calls = _ledger_prop('method_calls', 'Calls to attribute children.')
    del _ledger_prop

    @property
    def return_value(self):
        st = _book(self)
        value = _explicit_return(st)
        if value is DEFAULT:
            if st.sealed:
                raise AttributeError(_full_name(self) + '()')
            value = self._get_child_mock(_mk_parent=self, _mk_link='()')
            if st.delegate is not None:
                st.delegate.return_value = value
            else:
                st.ret = value
        return value

    @return_value.setter
    def return_value(self, value):
        st = _book(self)
        _adopt(self, value, '()')
        if st.delegate is not None:
            st.delegate.return_value = value
        else:
            st.ret = value

    @property
    def side_effect(self):
        return _current_effect(_book(self))

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _raisable(value) \
                and not hasattr(value, '__next__'):
            value = iter(value)
        st = _book(self)
        if st.delegate is not None:
            st.delegate.side_effect = value
        else:
            st.effect = value

    # -- attribute protocol

    def __getattr__(self, name):
        if name == '_ledger':
            raise AttributeError(name)
        st = _book(self)
        names = st.spec_names
        if names is not None:
            if name not in names or _dunder(name):
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _dunder(name):
            raise AttributeError(name)
        if not st.unsafe and (names is None or name not in names) and \
                name.startswith(_TYPO_PREFIXES):
            raise AttributeError(
                '%r is not a valid assertion. Use a spec for the mock if %r is '
                'meant to be an attribute.' % (name, name))
        if name in st.deleted:
            raise AttributeError(name)
        child = st.children.get(name)
        if child is None:
            if st.sealed:
                raise AttributeError(_full_name(self) + '.' + name)
            child = _new_child(self, name)
            st.children[name] = child
        return child

    def __setattr__(self, name, value):
        st = _book(self)
        if name in _STATE_NAMES:
            object.__setattr__(self, name, value)
            return
        inner_dict = object.__getattribute__(self, '__dict__')
        if st.spec_set and st.spec_names is not None and name not in st.spec_names \
                and name not in inner_dict:
            raise AttributeError('Mock object has no attribute %r' % name)
        if _dunder(name):
            if name not in _SETTABLE_MAGICS:
                raise AttributeError('Attempting to set unsupported magic method %r.' % name)
            if _is_mocklike(_mock_behind(value)):
                _adopt(self, value, name)
                st.children[name] = value
            setattr(type(self), name, value)
            st.deleted.discard(name)
            return
        if st.sealed and name not in inner_dict and name not in st.children \
                and not hasattr(type(self), name):
            raise AttributeError('Cannot set %s.%s' % (_full_name(self), name))
        st.deleted.discard(name)
        if _adopt(self, value, name):
            st.children[name] = value
            inner_dict.pop(name, None)
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        st = _book(self)
        if _dunder(name) and name in type(self).__dict__:
            delattr(type(self), name)
            st.children.pop(name, None)
            st.deleted.add(name)
            return
        inner_dict = object.__getattribute__(self, '__dict__')
        if name in st.deleted:
            raise AttributeError(name)
        if name in inner_dict:
            object.__delattr__(self, name)
        st.children.pop(name, None)
        st.deleted.add(name)

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        st = _book(self)
        found = set()
        if st.spec_obj is not None:
            found.update(dir(st.spec_obj))
        elif st.spec_names is not None:
            found.update(st.spec_names)
        found.update(n for n in dir(type(self)) if not n.startswith('_'))
        found.update(n for n in object.__getattribute__(self, '__dict__')
                     if not n.startswith('_'))
        found.update(n for n in st.children if not _dunder(n))
        return sorted(found)

    def __repr__(self):
        st = _book(self)
        full = _full_name(self)
        shown = '' if full == 'mock' else ' name=%r' % full
        if st.spec_label is not None:
            shown += ' %s=%r' % ('spec_set' if st.spec_set else 'spec', st.spec_label)
        return '<%s%s id=%r>' % (type(self).__name__, shown, str(id(self)))

    # -- configuration

    def _get_child_mock(self, **kw):
        st = _book(self)
        link = kw.get('_mk_link')
        kind = type(self)
        if link in _ASYNC_MAGICS:
            klass = AsyncMock
        elif issubclass(kind, AsyncMockMixin):
            klass = MagicMock if link in _MAGIC_NAMES else AsyncMock
        elif issubclass(st.cls, PropertyMock):
            klass = MagicMock
        elif issubclass(st.cls, CallableMixin):
            klass = st.cls
        elif issubclass(st.cls, MagicMixin):
            klass = MagicMock
        else:
            klass = Mock
        return klass(**kw)

    def configure_mock(self, **kwargs):
        for key in sorted(kwargs, key=lambda k: k.count('.')):
            *path, last = key.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, kwargs[key])

    def attach_mock(self, mock, attribute):
        inner = _mock_behind(mock)
        st = _book(inner)
        st.parent = None
        st.name = None
        _adopt(self, inner, attribute)
        own = _book(self)
        own.children[attribute] = mock
        own.deleted.discard(attribute)
        object.__getattribute__(self, '__dict__').pop(attribute, None)

    def mock_add_spec(self, spec, spec_set=False):
        _apply_spec(self, spec, spec_set)
        if isinstance(self, MagicMixin):
            _install_magics(self)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        seen = visited if visited is not None else set()
        if id(self) in seen:
            return
        seen.add(id(self))
        st = _book(self)
        _retire_calls(st)
        if return_value:
            st.ret = DEFAULT
        if side_effect:
            st.effect = None
        for child in list(st.children.values()):
            inner = _mock_behind(child)
            if _is_mocklike(inner) and _book(inner).parent is self:
                inner.reset_mock(seen, return_value=return_value, side_effect=side_effect)
        ret = st.ret
        if _is_mocklike(ret) and ret is not self:
            ret.reset_mock(seen)

    # -- assertions

    def _call_text(self, args, kwargs):
        return '%s(%s)' % (_short_name(self), _fmt_args(args, kwargs))

    def _calls_tail(self):
        st = _book(self)
        if not st.mock_calls:
            return ''
        return '\nCalls: %r.' % (st.mock_calls,)

    def assert_not_called(self):
        st = _book(self)
        if st.call_count:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (_short_name(self), st.call_count, self._calls_tail()))

    def assert_called(self):
        if not _book(self).call_count:
            raise AssertionError("Expected '%s' to have been called." % _short_name(self))

    def assert_called_once(self):
        st = _book(self)
        if st.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (_short_name(self), st.call_count, self._calls_tail()))

    def assert_called_with(self, /, *args, **kwargs):
        st = _book(self)
        wanted = self._call_text(args, kwargs)
        if st.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % wanted)
        expected = _canon(st, _Call((args, kwargs), two=True))
        if expected != _canon(st, st.call_args):
            got = self._call_text(st.call_args.args, st.call_args.kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (wanted, got))

    def assert_called_once_with(self, /, *args, **kwargs):
        st = _book(self)
        if st.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (_short_name(self), st.call_count, self._calls_tail()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        st = _book(self)
        expected = _canon(st, _Call((args, kwargs), two=True))
        if not any(expected == _canon(st, seen) for seen in st.call_args_list):
            raise AssertionError('%s call not found' % self._call_text(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        st = _book(self)
        expected = [_canon(st, c) for c in calls]
        actual = _CallList(_canon(st, c) for c in st.mock_calls)
        if not any_order:
            if expected not in actual:
                text = 'Calls not found.\nExpected: %r' % (_CallList(calls),)
                if st.mock_calls:
                    text += '\n  Actual: %r' % (st.mock_calls,)
                raise AssertionError(text)
            return
        remaining = list(actual)
        missing = []
        for want in expected:
            for pos, have in enumerate(remaining):
                if want == have:
                    del remaining[pos]
                    break
            else:
                missing.append(want)
        if missing:
            raise AssertionError('%r does not contain all of %s in its call list, found %s instead'
                                 % (_short_name(self), tuple(missing), remaining))


_STATE_NAMES = frozenset({
    'return_value', 'side_effect', 'called', 'call_count', 'call_args',
    'call_args_list', 'mock_calls', 'method_calls', 'await_count', 'await_args',
    'await_args_list',
})


def _new_child(owner, name):
    st = _book(owner)
    if st.auto is not None:
        return _autospec_member(owner, name)
    kw = {'_mk_parent': owner, '_mk_link': name}
    if st.wraps is not None:
        kw['wraps'] = getattr(st.wraps, name)
    if st.spec_obj is not None:
        try:
            raw = inspect.getattr_static(st.spec_obj, name)
        except AttributeError:
            raw = None
        if isinstance(raw, (staticmethod, classmethod)):
            raw = raw.__func__
        if _is_coro_fn(raw):
            return AsyncMock(**kw)
    return owner._get_child_mock(**kw)


class CallableMixin(Base):
    """Adds calling to a mock: side effects, return values, wrapping."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, unsafe=False, **kwargs):
        st = _book(self)
        st.ret = return_value
        super().__init__(spec, wraps, name, spec_set, unsafe, **kwargs)
        if side_effect is not None:
            self.side_effect = side_effect
        if return_value is not DEFAULT:
            _adopt(self, return_value, '()')

    def __call__(self, /, *args, **kwargs):
        st = _book(self)
        if st.sig_check and st.sig is not None:
            st.sig.bind(*args, **kwargs)
        _record_call(self, args, kwargs)
        return _produce(self, args, kwargs)


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every attribute and every call result is a mock."""


# --------------------------------------------------------------------------
# magic methods

def _pairs(stems):
    found = set()
    for stem in stems.split():
        found.update({'__%s__' % stem, '__r%s__' % stem, '__i%s__' % stem})
    return found


_ARITHMETIC = _pairs('add sub mul matmul truediv floordiv mod lshift rshift and xor or pow')
_ARITHMETIC.update({'__divmod__', '__rdivmod__'})
_PLAIN_MAGICS = set('''
    __hash__ __sizeof__ __str__ __lt__ __gt__ __le__ __ge__ __eq__ __ne__
    __getitem__ __setitem__ __delitem__ __contains__ __len__ __iter__ __next__
    __enter__ __exit__ __neg__ __pos__ __abs__ __invert__ __complex__ __int__
    __float__ __index__ __bool__ __round__ __floor__ __trunc__ __ceil__ __fspath__
'''.split())
_ASYNC_MAGICS = frozenset({'__aenter__', '__aexit__', '__anext__'})
_DEFAULT_MAGICS = frozenset(_PLAIN_MAGICS | _ARITHMETIC | _ASYNC_MAGICS | {'__aiter__'})
_OPTIONAL_MAGICS = frozenset('''
    __repr__ __subclasses__ __dir__ __format__ __get__ __set__ __delete__
    __reversed__ __missing__ __reduce__ __reduce_ex__ __getinitargs__
    __getnewargs__ __getstate__ __setstate__ __getformat__ __class_getitem__
'''.split())
_SETTABLE_MAGICS = _DEFAULT_MAGICS | _OPTIONAL_MAGICS
_MAGIC_NAMES = (_SETTABLE_MAGICS - _ASYNC_MAGICS) | {'__aiter__'}

_FIXED_RETURNS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__aexit__': False, '__complex__': 1j, '__float__': 1.0,
    '__bool__': True, '__index__': 1,
}


class _AsyncListIterator:
    def __init__(self, items):
        self._items = iter(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self._items)
        except StopIteration:
            pass
        raise StopAsyncIteration


_FALLBACKS = {
    'eq': lambda owner, other: owner is other,
    'ne': lambda owner, other: owner is not other,
    'iter': lambda owner: iter(()),
    'aiter': lambda owner: _AsyncListIterator(()),
}
_FINISHERS = {
    'iter': iter,
    'aiter': lambda value: value if hasattr(value, '__anext__') else _AsyncListIterator(value),
}
_COMPUTED = {
    '__hash__': lambda owner: object.__hash__(owner),
    '__str__': lambda owner: object.__str__(owner),
    '__sizeof__': lambda owner: object.__sizeof__(owner),
    '__fspath__': lambda owner: '%s/%s/%s' % (type(owner).__name__, _full_name(owner), id(owner)),
}
_DYNAMIC = {'__eq__': ('eq', None), '__ne__': ('ne', None),
            '__iter__': ('iter', 'iter'), '__aiter__': ('aiter', 'aiter')}


class _MagicSlot:
    """Class-level stand-in for a protocol method of a MagicMock."""

    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        st = _book(obj)
        child = st.children.get(self.name)
        if child is None:
            child = obj._get_child_mock(_mk_parent=obj, _mk_link=self.name)
            _prime_magic(obj, child, self.name)
            st.children[self.name] = child
        return child

    def __call__(self, obj, *args, **kwargs):
        # reached when a caller fetches the slot from the class and calls it
        # with the instance, as an unbound method
        return self.__get__(obj, type(obj))(*args, **kwargs)


def _prime_magic(owner, child, name):
    cst = _book(child)
    if name in _FIXED_RETURNS:
        cst.ret = _FIXED_RETURNS[name]
    elif name in _COMPUTED:
        cst.ret = _COMPUTED[name](owner)
    elif name in _DYNAMIC:
        cst.fallback, cst.finish = _DYNAMIC[name]


def _install_magics(mock):
    st = _book(mock)
    own = type(mock)
    wanted = _DEFAULT_MAGICS
    if st.spec_names is not None:
        wanted = wanted & st.spec_names
    for name in list(own.__dict__):
        if isinstance(own.__dict__[name], _MagicSlot) and name not in wanted:
            delattr(own, name)
            st.children.pop(name, None)
    for name in wanted:
        if name not in own.__dict__ and name not in st.deleted:
            setattr(own, name, _MagicSlot(name))


class MagicMixin(Base):
    """Adds the protocol methods, each backed by its own child mock."""


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the protocol methods preconfigured."""


class PropertyMock(Mock):
    """A mock meant to sit on a class as a property."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


# --------------------------------------------------------------------------
# asynchronous mocks

class AsyncMockMixin(Base):
    """Calls return coroutines; awaits are counted separately from calls."""

    def _ledger_prop(field):
        def getter(self):
            return getattr(_book(self), field)

        def setter(self, value):
            setattr(_book(self), field, value)
        return property(getter, setter)

    await_count = _ledger_prop('await_count')
    await_args = _ledger_prop('await_args')
    await_args_list = _ledger_prop('await_args_list')
    del _ledger_prop

    def __call__(self, /, *args, **kwargs):
        st = _book(self)
        if st.sig_check and st.sig is not None:
            st.sig.bind(*args, **kwargs)
        _record_call(self, args, kwargs)
        return _run_awaited(self, args, kwargs)

    def assert_awaited(self):
        if not _book(self).await_count:
            raise AssertionError('Expected %s to have been awaited.' % _short_name(self))

    def assert_awaited_once(self):
        count = _book(self).await_count
        if count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (_short_name(self), count))

    def assert_awaited_with(self, /, *args, **kwargs):
        st = _book(self)
        wanted = self._call_text(args, kwargs)
        if st.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited' % wanted)
        expected = _canon(st, _Call((args, kwargs), two=True))
        if expected != _canon(st, st.await_args):
            got = self._call_text(st.await_args.args, st.await_args.kwargs)
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s'
                                 % (wanted, got))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        st = _book(self)
        expected = _canon(st, _Call((args, kwargs), two=True))
        if not any(expected == _canon(st, seen) for seen in st.await_args_list):
            raise AssertionError('%s await not found' % self._call_text(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        st = _book(self)
        expected = [_canon(st, c) for c in calls]
        actual = _CallList(_canon(st, c) for c in st.await_args_list)
        if not any_order:
            if expected not in actual:
                raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r'
                                     % (_CallList(calls), st.await_args_list))
            return
        remaining = list(actual)
        missing = []
        for want in expected:
            for pos, have in enumerate(remaining):
                if want == have:
                    del remaining[pos]
                    break
            else:
                missing.append(want)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),))

    def assert_not_awaited(self):
        count = _book(self).await_count
        if count:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (_short_name(self), count))


async def _run_awaited(mock, args, kwargs):
    st = _book(mock)
    made = _Call((args, kwargs), two=True)
    st.await_count += 1
    st.await_args = made
    st.await_args_list.append(made)
    effect = _current_effect(st)
    if effect is not None:
        if _raisable(effect):
            raise effect
        if callable(effect):
            result = effect(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
        else:
            try:
                result = next(effect)
            except StopIteration:
                raise StopAsyncIteration
            if _raisable(result):
                raise result
        if result is not DEFAULT:
            return result
    value = _explicit_return(st)
    if value is not DEFAULT:
        return value
    if st.wraps is not None:
        result = st.wraps(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result
    return mock.return_value


class AsyncMagicMixin(MagicMixin):
    """MagicMixin for AsyncMock."""


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose calls return awaitables."""


# --------------------------------------------------------------------------
# autospec

def _trimmed(sig):
    params = list(sig.parameters.values())
    if params and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                     inspect.Parameter.POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_of(obj, drop_first):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    return _trimmed(sig) if drop_first else sig


def _autospec_member(owner, name):
    st = _book(owner)
    spec, as_instance = st.auto
    try:
        raw = inspect.getattr_static(spec, name)
    except AttributeError:
        raw = getattr(spec, name)
    spec_is_class = isinstance(spec, type)
    fn = None
    drop = False
    if isinstance(raw, staticmethod):
        fn = raw.__func__
    elif isinstance(raw, classmethod):
        fn, drop = raw.__func__, True
    elif isinstance(raw, types.FunctionType):
        fn = raw
        # A method looked up on a class or an instance goes without `self`; only a
        # function kept in an instance's own __dict__ keeps its first parameter.
        drop = spec_is_class or name not in getattr(spec, '__dict__', {})
    if fn is not None:
        klass = AsyncMock if _is_coro_fn(fn) else MagicMock
        child = klass(spec=fn, _mk_parent=owner, _mk_link=name)
        cst = _book(child)
        cst.sig = _signature_of(fn, drop)
        cst.sig_check = True
        return child
    value = getattr(spec, name)
    return create_autospec(value, spec_set=st.spec_set, _parent=owner, _name=name)


def _function_stand_in(original, mock):
    sig = _book(mock).sig

    def stand_in(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        try:
            return mock(*args, **kwargs)
        finally:
            _sync_stand_in(stand_in, mock)

    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(stand_in, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    if sig is not None:
        stand_in.__signature__ = sig
    stand_in.mock = mock
    for attr in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'assert_called', 'assert_not_called',
                 'assert_called_once'):
        setattr(stand_in, attr, getattr(mock, attr))

    def reset_mock(*args, **kwargs):
        mock.reset_mock(*args, **kwargs)
        _sync_stand_in(stand_in, mock)

    stand_in.reset_mock = reset_mock
    stand_in.return_value = mock.return_value
    stand_in.side_effect = None
    _book(mock).delegate = stand_in
    _sync_stand_in(stand_in, mock)
    return stand_in


def _sync_stand_in(stand_in, mock):
    st = _book(mock)
    stand_in.called = st.called
    stand_in.call_count = st.call_count
    stand_in.call_args = st.call_args
    stand_in.call_args_list = st.call_args_list
    stand_in.mock_calls = st.mock_calls
    stand_in.method_calls = st.method_calls


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like `spec`: same attributes, call signatures checked."""
    if _is_mocklike(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % (spec,))
    is_class = isinstance(spec, type)
    is_function = isinstance(spec, (types.FunctionType, types.MethodType,
                                    types.BuiltinFunctionType))
    if _is_coro_fn(spec):
        klass = AsyncMock
    elif is_class and instance:
        klass = NonCallableMagicMock if _is_default_call(spec) else MagicMock
    elif not callable(spec):
        klass = NonCallableMagicMock
    else:
        klass = MagicMock
    options = dict(kwargs)
    if _parent is not None:
        options['_mk_parent'] = _parent
        options['_mk_link'] = _name
    elif _name is not None:
        options.setdefault('name', _name)
    if spec_set:
        options['spec_set'] = spec
    else:
        options['spec'] = spec
    options['unsafe'] = unsafe
    mock = klass(**options)
    st = _book(mock)
    if is_function or _is_coro_fn(spec):
        st.sig = _signature_of(spec, False)
        st.sig_check = True
        if klass is AsyncMock or _parent is not None:
            return mock
        return _function_stand_in(spec, mock)
    st.auto = (spec, bool(instance) or not is_class)
    if is_class:
        if instance:
            call_target = getattr(spec, '__call__', None)
            st.sig = _signature_of(call_target, True) if call_target else None
            st.sig_check = st.sig is not None
        else:
            # Calls of the class are checked against its own __init__ (less `self`);
            # an __init__ inherited from object accepts anything, as in CPython.
            init = getattr(spec, '__init__', None)
            if isinstance(init, types.FunctionType):
                st.sig = _signature_of(init, True)
            else:
                st.sig = None
            st.sig_check = st.sig is not None
            made = create_autospec(spec, spec_set, instance=True, _parent=mock, _name='()')
            st.ret = made
    elif callable(spec):
        st.sig = _signature_of(spec, False)
        st.sig_check = st.sig is not None
    return mock


def _is_default_call(cls):
    for klass in cls.__mro__:
        if '__call__' in klass.__dict__:
            return klass is object or klass is type
    return True


# --------------------------------------------------------------------------
# seal

def seal(mock):
    """Forbid new attributes on `mock` and on the mocks it created."""
    pending = [mock]
    seen = set()
    while pending:
        current = _mock_behind(pending.pop())
        if not _is_mocklike(current) or id(current) in seen:
            continue
        seen.add(id(current))
        st = _book(current)
        st.sealed = True
        family = list(st.children.values())
        if _is_mocklike(st.ret):
            family.append(st.ret)
        for member in family:
            inner = _mock_behind(member)
            if _is_mocklike(inner) and _book(inner).parent is current:
                pending.append(inner)


# --------------------------------------------------------------------------
# mock_open

_FILE_NAMES = sorted(set('''
    buffer close closed detach encoding errors fileno flush isatty line_buffering mode
    name newlines read read1 readable readinto readinto1 readline readlines seek
    seekable tell truncate writable write write_through writelines getvalue getbuffer
    __enter__ __exit__ __iter__ __next__ __hash__ __str__ __sizeof__ __eq__ __ne__
    __lt__ __le__ __gt__ __ge__
'''.split()))


class _ReadCursor:
    """The unread part of mock_open's read_data."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        self.data = data
        self.lines = data.splitlines(keepends=True)

    def take_all(self, size=-1):
        text = self.data[:0].join(self.lines)
        if size is None or size < 0:
            self.lines = []
            return text
        chunk, rest = text[:size], text[size:]
        self.lines = rest.splitlines(keepends=True)
        return chunk

    def take_line(self, *ignored):
        if not self.lines:
            return self.data[:0]
        return self.lines.pop(0)

    def take_lines(self, *ignored):
        taken, self.lines = self.lines, []
        return taken

    def each_line(self):
        while self.lines:
            yield self.lines.pop(0)

    def next_line(self):
        if not self.lines:
            raise StopIteration
        return self.lines.pop(0)


def mock_open(mock=None, read_data=''):
    """A mock to replace open(); its handle reads from `read_data`."""
    cursor = _ReadCursor(read_data)
    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock(spec=_FILE_NAMES)
    mock.return_value = handle
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = lambda *a, **k: cursor.take_all(*a)
    handle.readline.side_effect = lambda *a, **k: cursor.take_line()
    handle.readlines.side_effect = lambda *a, **k: cursor.take_lines()
    handle.__iter__.side_effect = lambda: cursor.each_line()
    handle.__next__.side_effect = lambda: cursor.next_line()

    def reopen(*args, **kwargs):
        cursor.reset(read_data)
        return DEFAULT

    mock.side_effect = reopen
    return mock


# --------------------------------------------------------------------------
# patching

def _check_typos(kwargs, unsafe):
    if unsafe:
        return
    for word in ('autospect', 'auto_spec', 'set_spec'):
        if word in kwargs:
            raise RuntimeError('%r might be a typo; use unsafe=True if this is intended' % word)


_running_patches = []


class _PatchBase:
    """What attribute, dict and multiple patches share: decorating, start/stop."""

    def __call__(self, target):
        if isinstance(target, type):
            return self._decorate_class(target)
        return _add_patching(target, self)

    def _decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if callable(value):
                setattr(klass, attr, self._clone()(value))
        return klass

    def start(self):
        made = self.__enter__()
        _running_patches.append(self)
        return made

    def stop(self):
        try:
            _running_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _add_patching(func, patcher):
    if hasattr(func, 'patchings'):
        func.patchings.append(patcher)
        return func
    patchings = [patcher]

    def enter_all():
        positional, named, entered = [], {}, []
        try:
            for p in patchings:
                made = p.__enter__()
                entered.append(p)
                kind = p._hands_over()
                if kind == 'positional':
                    positional.append(made)
                elif kind == 'named':
                    named.update(made)
        except BaseException:
            exit_all(entered, sys.exc_info())
            raise
        return positional, named, entered

    def exit_all(entered, info):
        for p in reversed(entered):
            p.__exit__(*info)

    if _is_coro_fn(func):
        async def patched(*args, **kwargs):
            positional, named, entered = enter_all()
            try:
                result = await func(*args, *positional, **kwargs, **named)
            except BaseException:
                exit_all(entered, sys.exc_info())
                raise
            exit_all(entered, (None, None, None))
            return result
    else:
        def patched(*args, **kwargs):
            positional, named, entered = enter_all()
            try:
                result = func(*args, *positional, **kwargs, **named)
            except BaseException:
                exit_all(entered, sys.exc_info())
                raise
            exit_all(entered, (None, None, None))
            return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(patched, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    patched.__dict__.update(getattr(func, '__dict__', {}))
    patched.__wrapped__ = func
    patched.patchings = patchings
    return patched


class _AttrPatch(_PatchBase):
    """Replaces one attribute of a target object for a while."""

    def __init__(self, locate, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, unsafe=False, named=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        _check_typos(kwargs, unsafe)
        self.locate = locate
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.unsafe = unsafe
        self.named = named
        self.undo = None

    def _clone(self):
        return _AttrPatch(self.locate, self.attribute, self.new, self.spec, self.create,
                          self.spec_set, self.autospec, self.new_callable,
                          dict(self.kwargs), self.unsafe, self.named)

    def _hands_over(self):
        if self.new is not DEFAULT:
            return None
        return 'named' if self.named else 'positional'

    def _original(self, target):
        name = self.attribute
        try:
            return target.__dict__[name], True
        except (KeyError, AttributeError, TypeError):
            pass
        found = getattr(target, name, DEFAULT)
        if found is DEFAULT and not self.create:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return found, False

    def _replacement(self, original):
        new, spec, spec_set, autospec = self.new, self.spec, self.spec_set, self.autospec
        if new is not DEFAULT:
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return new
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if isinstance(original, (staticmethod, classmethod)):
            plain = original.__func__
        else:
            plain = original
        if autospec is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            shape = plain if autospec is True else autospec
            return create_autospec(shape, spec_set=bool(spec_set), _name=self.attribute,
                                   **self.kwargs)
        if spec is True:
            spec = plain
        if spec_set is True:
            spec_set = plain
        options = dict(self.kwargs)
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        shape = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            factory = self.new_callable
        elif shape is not None and not isinstance(shape, (list, tuple)) and not callable(shape):
            factory = NonCallableMagicMock
        elif shape is None and _is_coro_fn(plain):
            factory = AsyncMock
        else:
            factory = MagicMock
        made = factory(**options)
        if _is_mocklike(made) and _book(made).name is None and _book(made).parent is None:
            _book(made).name = self.attribute
        if isinstance(shape, type) and _is_mocklike(made) and self.new_callable is None:
            made.return_value = NonCallableMagicMock(**{
                'spec_set' if spec_set is not None else 'spec': shape})
        return made

    def __enter__(self):
        target = self.locate()
        original, local = self._original(target)
        new = self._replacement(original)
        setattr(target, self.attribute, new)
        self.undo = (target, original, local)
        return new

    def __exit__(self, *exc_info):
        if self.undo is None:
            return None
        target, original, local = self.undo
        self.undo = None
        if local:
            setattr(target, self.attribute, original)
        else:
            delattr(target, self.attribute)
            if not self.create and original is not DEFAULT and \
                    not hasattr(target, self.attribute):
                setattr(target, self.attribute, original)
        return False


class _MultiPatch(_PatchBase):
    """Several attributes of one target patched together."""

    def __init__(self, members):
        self.members = members
        self.entered = []

    def _clone(self):
        return _MultiPatch([m._clone() for m in self.members])

    def _hands_over(self):
        return 'named' if any(m.new is DEFAULT for m in self.members) else None

    def __enter__(self):
        made = {}
        try:
            for member in self.members:
                value = member.__enter__()
                self.entered.append(member)
                if member.new is DEFAULT:
                    made[member.attribute] = value
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return made

    def __exit__(self, *exc_info):
        if not self.entered:
            return None
        while self.entered:
            self.entered.pop().__exit__(*exc_info)
        return False


class _DictPatch(_PatchBase):
    """Sets keys of a mapping for a while and restores it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self.saved = None
        self.live = None

    def _clone(self):
        return _DictPatch(self.in_dict, self.values, self.clear)

    def _hands_over(self):
        return None

    def __call__(self, target):
        if isinstance(target, type):
            return self._decorate_class(target)
        clone = self

        if _is_coro_fn(target):
            async def patched(*args, **kwargs):
                with clone:
                    return await target(*args, **kwargs)
        else:
            def patched(*args, **kwargs):
                with clone:
                    return target(*args, **kwargs)
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(patched, attr, getattr(target, attr))
            except (AttributeError, TypeError):
                pass
        patched.__wrapped__ = target
        return patched

    def __enter__(self):
        mapping = self.in_dict
        if isinstance(mapping, str):
            mapping = _import_dotted(mapping)
        self.live = mapping
        try:
            self.saved = mapping.copy()
        except AttributeError:
            self.saved = {key: mapping[key] for key in mapping}
        if self.clear:
            _empty(mapping)
        try:
            mapping.update(self.values)
        except AttributeError:
            for key in self.values:
                mapping[key] = self.values[key]
        return mapping

    def __exit__(self, *exc_info):
        if self.saved is None:
            return False
        mapping, saved = self.live, self.saved
        self.saved = None
        _empty(mapping)
        try:
            mapping.update(saved)
        except AttributeError:
            for key in saved:
                mapping[key] = saved[key]
        return False


def _empty(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _locator_for_path(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _import_dotted(owner)), attribute


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted path `target` while active."""
    locate, attribute = _locator_for_path(target)
    return _AttrPatch(locate, attribute, new, spec, create, spec_set, autospec,
                      new_callable, kwargs, unsafe)


def _patch_on_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *, unsafe=False,
                  **kwargs):
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _AttrPatch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                      new_callable, kwargs, unsafe)


def _patch_several(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if isinstance(target, str):
        path = target
        locate = lambda: _import_dotted(path)
    else:
        locate = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    members = [_AttrPatch(locate, attribute, new, spec, create, spec_set, autospec,
                          new_callable, {}, named=True)
               for attribute, new in kwargs.items()]
    return _MultiPatch(members)


def _stop_every_patch():
    while _running_patches:
        _running_patches[-1].stop()


patch.object = _patch_on_object
patch.dict = _DictPatch
patch.multiple = _patch_several
patch.stopall = _stop_every_patch
patch.TEST_PREFIX = 'test'
