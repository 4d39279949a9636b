"""Tools for making and combining context managers (refpy's own `contextlib`).

Written from the documentation of CPython 3.11's module: the two abstract bases, the
decorators that turn a (async) generator function into a context manager factory,
the exit stacks, and the small ready-made managers (closing, aclosing, suppress,
nullcontext, chdir, redirect_stdout, redirect_stderr).
"""

import os
import sys
import abc
import collections
import functools
from types import GenericAlias, MethodType

__all__ = """
    asynccontextmanager contextmanager closing nullcontext AbstractContextManager
    AbstractAsyncContextManager AsyncExitStack ContextDecorator ExitStack
    redirect_stdout redirect_stderr suppress aclosing chdir
""".split()


def _has_protocol(klass, names):
    # True when every name is defined somewhere along klass's MRO (and not set to
    # None, which opts out); NotImplemented otherwise, as the ABC hooks want.
    for name in names:
        for base in klass.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """Base for classes with __enter__ and __exit__ (any such class counts as a
    virtual subclass)."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        """Enter the context; the default gives back the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would swallow the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _has_protocol(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """Base for classes with __aenter__ and __aexit__ (any such class counts as a
    virtual subclass)."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        """Enter the context; the default gives back the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would swallow the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _has_protocol(C, ("__aenter__", "__aexit__"))


class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: each call of the
    function runs inside the context."""

    def _recreate_cm(self):
        # The manager used for one call: the same object, unless (as for managers
        # made by @contextmanager) a manager can be entered only once.
        return self

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*a, **kw):
            with self._recreate_cm():
                return func(*a, **kw)
        return inner


class AsyncContextDecorator(object):
    """ContextDecorator for asynchronous managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @functools.wraps(func)
        async def inner(*a, **kw):
            async with self._recreate_cm():
                return await func(*a, **kw)
        return inner


class _GeneratorContextManagerBase:
    """What the managers made by @contextmanager and @asynccontextmanager share."""

    def __init__(self, factory, call_args, call_kwds):
        self.gen = factory(*call_args, **call_kwds)
        self.func = factory
        self.args = call_args
        self.kwds = call_kwds
        # The decorated function documents its managers.
        own_doc = getattr(factory, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # A fresh manager (and generator) from the same call.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Once entered, the manager cannot be recreated any more.
        for name in ('args', 'kwds', 'func'):
            delattr(self, name)


def _thrown_back(raised, thrown, traceback, stop_kinds):
    # After the generator raised `raised` while `thrown` was thrown into it: whether
    # that is the thrown exception coming back out (then it gets the traceback of
    # the with block again). A thrown StopIteration (or StopAsyncIteration) comes
    # back as the RuntimeError the generator machinery wraps it in.
    if raised is thrown:
        raised.__traceback__ = traceback
        return True
    if (isinstance(raised, RuntimeError) and isinstance(thrown, stop_kinds)
            and raised.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return True
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_call()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        # `self.gen` read at each use, never kept in a local: the generator sees the
        # counts it sees under CPython.
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            complaint = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration as stop:
                # The generator finished: it swallowed the exception, unless what
                # stopped it is the StopIteration that was thrown in.
                return stop is not value
            except BaseException as raised:
                if _thrown_back(raised, value, traceback, StopIteration):
                    return False
                raise
            complaint = "generator didn't stop after throw()"
        try:
            raise RuntimeError(complaint)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        # `self.gen` read at each use, as in `__exit__`.
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            complaint = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(typ, value, traceback)
            except StopAsyncIteration as stop:
                return stop is not value
            except BaseException as raised:
                if _thrown_back(raised, value, traceback,
                                (StopIteration, StopAsyncIteration)):
                    return False
                raise
            complaint = "generator didn't stop after athrow()"
        try:
            raise RuntimeError(complaint)
        finally:
            await self.gen.aclose()


def _factory_of(func, manager_class):
    # The function a decorator gives back: calling it makes a manager of the call.
    @functools.wraps(func)
    def helper(*args, **kwds):
        return manager_class(func, args, kwds)
    return helper


def contextmanager(func):
    """Decorator: `func`, a generator function yielding once, becomes a factory of
    context managers. The code before the yield runs on entering, the yielded value
    is bound by `as`, and the rest runs on leaving (an exception of the with block
    is raised at the yield)."""
    return _factory_of(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """Decorator: an async generator function yielding once becomes a factory of
    asynchronous context managers (see contextmanager)."""
    return _factory_of(func, _AsyncGeneratorContextManager)


class closing(AbstractContextManager):
    """Calls `thing.close()` on leaving; `as` binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits `thing.aclose()` on leaving; `as` binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _SysStreamSwap(AbstractContextManager):
    # Points sys.<_target_name> at a new target inside the block; reentrant (each
    # entry remembers what it replaced).
    _target_name = None

    def __init__(self, new_target):
        self._target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._target_name))
        setattr(sys, self._target_name, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._target_name, self._replaced.pop())


class redirect_stdout(_SysStreamSwap):
    """Sends sys.stdout to another file-like object inside the block."""
    _target_name = "stdout"


class redirect_stderr(_SysStreamSwap):
    """Sends sys.stderr to another file-like object inside the block."""
    _target_name = "stderr"


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses) raised in the
    block; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._kinds)


def _relink_context(raised, pending, outer):
    # `raised` came out of an exit callback while `pending` was on its way out. Its
    # implicit context chain ends at `outer`, the exception being handled around the
    # whole with statement; make it lead to `pending` instead, as nested with
    # statements would have.
    node = raised
    while True:
        linked = node.__context__
        if linked is None or linked is pending:
            return
        if linked is outer:
            node.__context__ = pending
            return
        node = linked


def _reraise(err):
    # Raise `err` again without letting the raise change its context.
    kept = err.__context__
    try:
        raise err
    except BaseException:
        err.__context__ = kept
        raise


def _lacks_protocol(kind, protocol):
    return TypeError("'%s.%s' object does not support the %s protocol"
                     % (kind.__module__, kind.__qualname__, protocol))


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: a stack of exit callbacks, each
    stored as (is_sync, callable taking (exc_type, exc, tb))."""

    def __init__(self):
        self._callbacks = collections.deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it."""
        taker = type(self)()
        taker._callbacks, self._callbacks = self._callbacks, collections.deque()
        return taker

    def push(self, exit):
        """Add an exit callback: a context manager's __exit__ (looked up on its
        type), or a callable with __exit__'s signature. Returns `exit`."""
        unbound = getattr(type(exit), '__exit__', None)
        if unbound is None:
            self._callbacks.append((True, exit))
        else:
            self._callbacks.append((True, MethodType(unbound, exit)))
        return exit

    def enter_context(self, cm):
        """Enter context manager `cm`, stack its __exit__, and return what its
        __enter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            leave = kind.__exit__
        except AttributeError:
            raise _lacks_protocol(kind, "context manager") from None
        result = enter(cm)
        self._callbacks.append((True, MethodType(leave, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Stack a call of `callback(*args, **kwds)` (its result ignored); returns
        `callback`, so this works as a decorator."""
        def _call_on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        _call_on_exit.__wrapped__ = callback
        self._callbacks.append((True, _call_on_exit))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager running a dynamic set of exit callbacks, last added first,
    as nested with statements would (exceptions and suppression included)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        details = exc_details
        swallowed = False
        failure = None
        while self._callbacks:
            is_sync, cb = self._callbacks.pop()
            assert is_sync
            try:
                verdict = bool(cb(*details))
            except BaseException as raised:
                _relink_context(raised, details[1], outer)
                failure = raised
                details = (type(raised), raised, raised.__traceback__)
                continue
            if verdict:
                swallowed = True
                failure = None
                details = (None, None, None)
        if failure is not None:
            _reraise(failure)
        return had_exception and swallowed

    def close(self):
        """Run the callbacks now, as leaving the with block would."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for asynchronous managers and coroutine callbacks too."""

    async def enter_async_context(self, cm):
        """Enter asynchronous context manager `cm`, stack its __aexit__, and
        return what its __aenter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise _lacks_protocol(kind, "asynchronous context manager") from None
        result = await enter(cm)
        self._callbacks.append((False, MethodType(leave, cm)))
        return result

    def push_async_exit(self, exit):
        """Add an asynchronous exit callback: a manager's __aexit__ or a coroutine
        function with its signature. Returns `exit`."""
        unbound = getattr(type(exit), '__aexit__', None)
        if unbound is None:
            self._callbacks.append((False, exit))
        else:
            self._callbacks.append((False, MethodType(unbound, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Stack an awaited call of `callback(*args, **kwds)`; returns `callback`."""
        async def _call_on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        _call_on_exit.__wrapped__ = callback
        self._callbacks.append((False, _call_on_exit))
        return callback

    async def aclose(self):
        """Run the callbacks now, as leaving the async with block would."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        details = exc_details
        swallowed = False
        failure = None
        while self._callbacks:
            is_sync, cb = self._callbacks.pop()
            try:
                if is_sync:
                    verdict = bool(cb(*details))
                else:
                    verdict = bool(await cb(*details))
            except BaseException as raised:
                _relink_context(raised, details[1], outer)
                failure = raised
                details = (type(raised), raised, raised.__traceback__)
                continue
            if verdict:
                swallowed = True
                failure = None
                details = (None, None, None)
        if failure is not None:
            _reraise(failure)
        return had_exception and swallowed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager doing nothing; `as` binds `enter_result`. Stands in where
    a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Makes `path` the working directory inside the block (not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._previous_dirs = []

    def __enter__(self):
        self._previous_dirs.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._previous_dirs.pop())
