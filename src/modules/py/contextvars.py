"""Context variables: ContextVar, Token, Context and copy_context.

refpy's own implementation of CPython's `_contextvars`. A Context is an immutable-looking
mapping from ContextVar to value; ContextVar.set() replaces the running context's
mapping with an updated copy, so a context copied earlier never sees the change. Each
refpy "thread" runs in its own Context (see `_thread`), as each CPython thread does.
"""

from collections.abc import Mapping as _Mapping
import types as _types

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


def _final(cls):
    """Refuse subclasses as CPython's C types do."""
    def __init_subclass__(sub, **kwargs):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__module__ = '_contextvars'
    return cls


@_final
class Context(_Mapping):
    """A mapping of ContextVars to their values, entered with run()."""

    def __init__(self):
        self._vars = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Run callable with this context as the current one, then restore the previous."""
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._prev, _current = _current, self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            _current, self._prev = self._prev, None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        _check_key(var)
        return self._vars[var]

    def __contains__(self, var):
        _check_key(var)
        return var in self._vars

    def get(self, var, default=None):
        _check_key(var)
        return self._vars.get(var, default)

    def __iter__(self):
        return iter(self._vars)

    def __len__(self):
        return len(self._vars)

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


def _check_key(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f'a ContextVar key was expected, got {var!r}')


_current = Context()


def copy_context():
    """A new Context holding the current context's variables."""
    return _current.copy()


@_final
class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the given default, else the var's default."""
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; the Token lets reset() undo it."""
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        ctx._vars = {**ctx._vars, self: value}
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        new = dict(ctx._vars)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._vars = new

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(_types.GenericAlias)


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


@_final
class Token:
    """What ContextVar.set() returns; pass it to ContextVar.reset()."""

    MISSING = _Missing()

    def __init__(self, *args):
        if len(args) != 3:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx, self._var, self._old = args
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'

    __class_getitem__ = classmethod(_types.GenericAlias)
