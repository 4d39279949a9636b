"""refpy's asyncio: a single-threaded event loop for scripts and tutorials.

Written for refpy (not CPython's Lib/asyncio): one loop class with a ready queue of
callbacks and a heap of timers, Futures whose `__await__` yields the future itself to the
Task driving the coroutine, and Tasks that step their coroutine with `send`/`throw` and
wake up from their future's done callback, as CPython's asyncio does. `sleep(0)` yields
once without a timer; other sleeps wait for real time.

Async generators: while a loop runs it installs `sys.set_asyncgen_hooks`, so it knows
every async generator first iterated under it (a weak set) and closes, as a task, any that
is garbage before it finished; `shutdown_asyncgens` (called by `run`) closes the rest.
"""

import sys
import time as _time
import heapq as _heapq
import weakref as _weakref
import collections as _collections

__all__ = ['run', 'sleep', 'create_task', 'gather', 'wait_for', 'ensure_future',
           'Future', 'Task', 'Event', 'Lock', 'Queue', 'QueueEmpty', 'QueueFull',
           'CancelledError', 'TimeoutError', 'InvalidStateError', 'get_event_loop',
           'new_event_loop', 'set_event_loop', 'get_running_loop', 'current_task',
           'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'AbstractEventLoop']


class CancelledError(BaseException):
    """The operation was cancelled."""

    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


def iscoroutine(obj):
    # A native coroutine, or what collections.abc.Coroutine recognizes (the awaitables of
    # async generators among them).
    cls = type(obj)
    if cls.__name__ == 'coroutine':
        return True
    return all(hasattr(cls, name) for name in ('send', 'throw', 'close', '__await__'))


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Handle:
    """A callback scheduled on the loop; `cancel` keeps it from running."""

    def __init__(self, callback, args, loop, when=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._when = when

    def cancel(self):
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def __repr__(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._when is not None:
            parts.append(f'when={self._when}')
        if self._callback is not None:
            parts.append(_callback_text(self._callback, self._args))
        return '<' + ' '.join(parts) + '>'

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _callback_text(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })
        self = None


def _callback_name(func, args=()):
    """How asyncio names a callback in reprs: `name(arg, ...)`, partials unwrapped."""
    import functools
    import reprlib
    if isinstance(func, functools.partial):
        args = func.args + tuple(args)
        inner = _callback_name(func.func, args)
        return inner
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + '(' + ', '.join(reprlib.repr(a) for a in args) + ')'


def _callback_text(func, args=()):
    import functools
    text = _callback_name(func, args)
    target = func
    while isinstance(target, functools.partial):
        target = target.func
    target = getattr(target, '__func__', target)
    code = getattr(target, '__code__', None)
    if code is not None and not code.co_filename.startswith('<frozen'):
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _coro_text(coro):
    """`name() running at file:line` / `name() done, defined at file:line`."""
    name = (getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
            or f'<{type(coro).__name__} without __name__>') + '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return name + ' running' if running else name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    where = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {where}:{frame.f_lineno}'
    return f'{name} done, defined at {where}:{code.co_firstlineno}'


def _callbacks_text(callbacks):
    n = len(callbacks)
    if n == 0:
        return ''
    names = [_callback_text(cb) for cb in callbacks]
    if n == 1:
        inner = names[0]
    elif n == 2:
        inner = f'{names[0]}, {names[1]}'
    else:
        inner = f'{names[0]}, <{n - 2} more>, {names[-1]}'
    return f'cb=[{inner}]'


TimerHandle = Handle


class AbstractEventLoop:
    """The base class every event loop derives from."""


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _collections.deque()
        self._timers = []
        self._timer_seq = 0
        self._running = False
        self._stopping = False
        self._closed = False
        self._task_count = 0
        self._asyncgens = _weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._pool = None
        self._exception_handler = None

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self._running} '
                f'closed={self._closed} debug=False>')

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, when)
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, handle))
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # One log record on the 'asyncio' logger: the message, then `key: repr(value)`
        # for the other keys in sorted order, with the exception's traceback.
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        import logging
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=info)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error(
                    'Exception in default exception handler', exc_info=True)
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error(
                    'Exception in default exception handler while handling an '
                    'unexpected error in custom exception handler', exc_info=True)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # Garbage before it finished: its `aclose()` runs as a task of this loop.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isinstance(future, Future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        timers = self._timers
        while timers and timers[0][2]._cancelled:
            _heapq.heappop(timers)
        if not self._ready and timers and not self._stopping:
            delay = timers[0][0] - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while timers and timers[0][0] <= now:
            handle = _heapq.heappop(timers)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        # One at a time, each dropped once it ran (what it holds may die right then).
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None
        if not self._ready and not self._timers and not self._stopping:
            # Nothing can ever happen again: what `run_until_complete` waits for is stuck.
            self._stopping = True

    async def shutdown_asyncgens(self):
        """Closes every async generator still suspended under this loop."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous '
                               f'generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    def run_in_executor(self, executor, func,
                        *args):
        # refpy's executors run a call when it is submitted, so the future we hand back
        # is done by its first wake-up; it still goes through the loop as CPython's does.
        self._check_closed()
        pool = executor
        if pool is None:
            pool = self._pool
            if pool is None:
                from concurrent.futures import ThreadPoolExecutor
                pool = self._pool = ThreadPoolExecutor(thread_name_prefix='asyncio')
        return wrap_future(pool.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._pool = executor

    async def shutdown_default_executor(self):
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)


def _stop_loop(fut):
    fut._loop.stop()


_running_loop = None
_event_loop = None
_current_tasks = {}
_all_tasks = []


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def new_event_loop():
    return _EventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


class Future:
    """A result that will exist later; awaiting it suspends until it does."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    # True while a set exception was never looked at (`result()`/`exception()`): then
    # the future's finalizer reports it through the loop's exception handler.
    _log_tb = False

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_parts())}>'

    def _repr_parts(self):
        parts = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                parts.append(f'exception={self._exception!r}')
            else:
                import reprlib
                parts.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            parts.append(_callbacks_text(self._callbacks))
        return parts

    def _repr_state(self):
        return ' '.join(self._repr_parts())

    @property
    def _log_traceback(self):
        return self._log_tb

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._log_tb = False

    def __del__(self):
        if not self._log_tb:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        self._log_tb = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    # The CancelledError that ended a task's coroutine: handed out once by
    # `_make_cancelled_error` (CPython's `fut_cancelled_exc`), then fresh ones.
    _cancelled_exc = None

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_tb = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_tb = False
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')  # the C Future's text
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')  # the C Future's text
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_tb = True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    """Runs a coroutine on the loop, one step per wake-up."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._loop._task_count += 1
        if name is None:
            name = f'Task-{_next_task_number()}'
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def _repr_parts(self):
        parts = Future._repr_parts(self)
        if self._num_cancels_requested and not self.done():
            parts[0] = 'cancelling'
        parts.insert(1, f'name={self._name!r}')
        parts.insert(2, f'coro=<{_coro_text(self._coro)}>')
        if self._fut_waiter is not None:
            parts.insert(3, f'wait_for={self._fut_waiter!r}')
        return parts

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def _step(self, exc=None):
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        coro = self._coro
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as err:
            # As the C Task: keep the error itself and cancel with no message. Its
            # traceback loses this frame (which would hold the task in a cycle).
            tb = err.__traceback__
            if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
                err.__traceback__ = tb.tb_next
            del tb
            self._cancelled_exc = err
            self._cancel_message = None
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            # The C Task steps its coroutine from C: no traceback entry for this frame.
            tb = err.__traceback__
            if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
                err.__traceback__ = tb.tb_next
            del tb
            Future.set_exception(self, err)
        else:
            if getattr(result, '_asyncio_future_blocking', None) is not None:
                if result is self:
                    self._loop.call_soon(
                        self._step,
                        RuntimeError(f'Task cannot await on itself: {self!r}'))
                elif result._asyncio_future_blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.task_wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    self._loop.call_soon(
                        self._step,
                        RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}'))
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(
                    self._step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            _current_tasks.pop(self._loop, None)
            if self.done() and self in _all_tasks:
                _all_tasks.remove(self)
        self = None

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


_task_counter = 0


def _next_task_number():
    global _task_counter
    _task_counter += 1
    return _task_counter


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        return loop.create_task(_wrap_awaitable(obj))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name)


class _Yield:
    """Awaiting it gives the loop one turn (`sleep(0)`)."""

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    loop = None
    seen = {}
    for arg in coros_or_futures:
        if id(arg) in seen:
            children.append(seen[id(arg)])
            continue
        fut = ensure_future(arg, loop=loop)
        loop = fut._loop
        seen[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'done': 0}
    total = len(set(map(id, children)))

    def _done_callback(fut):
        state['done'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['done'] == total:
            results = []
            for child in children:
                if child.cancelled():
                    # a fresh error carrying the cancel message ('' for none), as
                    # CPython's gather builds it
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child._result
                results.append(res)
            if outer._cancel_requested:
                Future.set_exception(outer, CancelledError())
            else:
                Future.set_result(outer, results)

    for fut in seen.values():
        fut.add_done_callback(_done_callback)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        await _wait_done(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)
    callback = lambda f: _release_waiter(waiter)
    fut.add_done_callback(callback)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(callback)
            fut.cancel()
            await _wait_done(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(callback)
        fut.cancel()
        await _wait_done(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait_done(fut, loop):
    if fut.done():
        return
    waiter = loop.create_future()
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    await waiter


class Event:
    """A flag tasks can wait for."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return f'<asyncio.locks.Event object at {id(self):#x} [{state}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    """A mutual-exclusion lock for tasks; `async with lock:` holds it."""

    def __init__(self):
        self._waiters = []
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<asyncio.locks.Lock object at {id(self):#x} [{state}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class QueueEmpty(Exception):
    """Raised by `get_nowait` on an empty queue."""

    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised by `put_nowait` on a full queue."""

    __module__ = 'asyncio.queues'


class Queue:
    """A first-in first-out queue for tasks."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init(maxsize)
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    # The storage hooks the Priority and Lifo queues override.
    def _init(self, maxsize):
        self._queue = _collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _describe(self):
        # maxsize, then whatever is non-empty: items, waiting getters/putters, tasks
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters:
                parts.append(f'{label}[{len(waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that hands out the newest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# --- more synchronization primitives --------------------------------------------------

def _locks_repr(obj, state, waiters):
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<asyncio.locks.{type(obj).__name__} object at {id(obj):#x} [{state}]>'


class Semaphore:
    """A counter of free slots; `acquire` waits (first come, first served) at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _collections.deque()

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _locks_repr(self, state, self._waiters)

    def locked(self):
        # Also "locked" while someone queued earlier still waits for a slot.
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        ticket = get_running_loop().create_future()
        self._waiters.append(ticket)
        try:
            try:
                await ticket
            finally:
                self._waiters.remove(ticket)
        except CancelledError:
            if ticket.done() and not ticket.cancelled():
                # A slot was handed to us just as we were cancelled: pass it on.
                self._value += 1
                self._grant_next()
            raise
        if self._value > 0:
            self._grant_next()
        return True

    def release(self):
        self._value += 1
        self._grant_next()

    def _grant_next(self):
        for ticket in self._waiters:
            if not ticket.done():
                self._value -= 1
                ticket.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def release(self):
        if self._limit <= self._value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    """Tasks wait on it (holding its lock) until another task notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked, self.acquire, self.release = lock.locked, lock.acquire, lock.release
        self._waiters = _collections.deque()

    def __repr__(self):
        return _locks_repr(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            signal = get_running_loop().create_future()
            self._waiters.append(signal)
            try:
                await signal
                return True
            finally:
                self._waiters.remove(signal)
        finally:
            # The lock is taken back whatever happened, cancellations included.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    interrupted = True
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for signal in self._waiters:
            if woken >= n:
                break
            if not signal.done():
                woken += 1
                signal.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters) or 1)


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks waited on it."""

    __module__ = 'asyncio.exceptions'


class Barrier:
    """Lets `parties` tasks wait until all of them have arrived."""

    # _phase: 'filling' (tasks arrive), 'draining' (they leave), 'resetting', 'broken'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._phase = 'filling'
        self._count = 0

    def __repr__(self):
        if self.broken:
            state = 'broken'
        else:
            state = f'{self._phase}, waiters:{self.n_waiting}/{self._parties}'
        return f'<asyncio.locks.Barrier object at {id(self):#x} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        async with self._cond:
            await self._cond.wait_for(lambda: self._phase not in ('draining', 'resetting'))
            if self._phase == 'broken':
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if self._count == self._parties:
                    self._phase = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._phase != 'filling')
                    if self._phase in ('broken', 'resetting'):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._phase in ('resetting', 'draining'):
                        self._phase = 'filling'
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._phase = 'resetting'
            else:
                self._phase = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._phase = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase == 'filling' else 0

    @property
    def broken(self):
        return self._phase == 'broken'


# --- waiting on several futures ------------------------------------------------------

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


async def wait(fs, *, timeout=None,
               return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    wake = loop.create_future()
    remaining = len(fs)
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, wake)

    def one_done(f):
        nonlocal remaining
        remaining -= 1
        enough = (remaining <= 0 or return_when == FIRST_COMPLETED or
                  (return_when == FIRST_EXCEPTION and not f.cancelled()
                   and f.exception() is not None))
        if enough:
            if timer is not None:
                timer.cancel()
            if not wake.done():
                wake.set_result(None)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await wake
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *,
                 timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    todo = set(ensure_future(f, loop=loop) for f in set(fs))
    arrivals = Queue()
    timer = None

    def expire():
        for f in todo:
            f.remove_done_callback(arrived)
            arrivals.put_nowait(None)
        todo.clear()

    def arrived(f):
        if not todo:
            return
        todo.remove(f)
        arrivals.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await arrivals.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(arrived)
    if timeout is not None and todo:
        timer = loop.call_later(timeout, expire)
    return _as_completed_iter(next_result, len(todo))


def _as_completed_iter(next_result, count):
    for _ in range(count):
        yield next_result()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner._result)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def wrap_future(future, *,
                loop=None):
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = get_event_loop()
    mirror = loop.create_future()

    def copy_state(source):
        if mirror.cancelled():
            return
        if source.cancelled():
            mirror.cancel()
        elif source.exception() is not None:
            mirror.set_exception(source.exception())
        else:
            mirror.set_result(source.result())

    def cancel_source(m):
        if m.cancelled():
            future.cancel()

    mirror.add_done_callback(cancel_source)
    future.add_done_callback(lambda source: loop.call_soon(copy_state, source))
    return mirror


async def to_thread(func, /, *args, **kwargs):
    import contextvars
    import functools
    here = contextvars.copy_context()
    call = functools.partial(here.run, func, *args, **kwargs)
    return await get_running_loop().run_in_executor(None, call)


# --- structured concurrency (3.11) ------------------------------------------------

def _is_fatal(exc):
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """`async with TaskGroup() as tg:` waits for every task made by `tg.create_task`;
    the first failure cancels the rest and the errors come out as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._leaving = False
        self._stopping_all = False
        self._loop = None
        self._host = None
        self._host_cancel_sent = False
        self._tasks = set()
        self._errors = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        parts = ['']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._stopping_all:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return f'<TaskGroup{" ".join(parts)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        host = self._host = current_task(self._loop)
        if host is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._leaving = True
        cancelled_error = None
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        if et is not None:
            if et is CancelledError:
                if not (self._host_cancel_sent and not self._host.uncancel()):
                    cancelled_error = exc
            if not self._stopping_all:
                self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as err:
                if not self._stopping_all:
                    cancelled_error = err
                    self._abort()
            self._all_done = None
        fatal = self._fatal
        if fatal is not None:
            raise fatal
        # A cancellation gives way to the tasks' errors.
        if cancelled_error is not None and not self._errors:
            raise cancelled_error
        if et not in (None, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None,
                    context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if not self._tasks and self._leaving:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._stopping_all:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._child_done, context=None)
        return task

    def _abort(self):
        self._stopping_all = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _child_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        host = self._host
        if host.done():
            text = (f'Task {task!r} has errored out but its parent task {host} '
                    'is already completed')
            self._loop.call_exception_handler(dict(message=text, exception=exc, task=task))
            return
        if self._stopping_all or self._host_cancel_sent:
            return
        # Stop whatever the body of the `async with` is awaiting.
        self._abort()
        self._host_cancel_sent = True
        host.cancel()


class Timeout:
    """The async context manager `timeout()`/`timeout_at()` return: at its deadline it
    cancels the task it runs in and turns that cancellation into TimeoutError."""

    def __init__(self, when):
        self._state = 'created'
        self._alarm = None
        self._task = None
        self._outer_cancels = 0
        self._when = when

    def __repr__(self):
        info = ''
        if self._state == 'active':
            deadline = self._when
            info = f' when={None if deadline is None else round(deadline, 3)}'
        return f'<Timeout [{self._state}]{info}>'

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        self._disarm()
        if when is not None:
            loop = get_running_loop()
            # A deadline already passed fires at the loop's next turn.
            passed = when <= loop.time()
            self._alarm = loop.call_soon(self._expire) if passed else loop.call_at(when, self._expire)

    def _disarm(self):
        alarm, self._alarm = self._alarm, None
        if alarm is not None:
            alarm.cancel()

    def expired(self):
        return self._state in ('expiring', 'expired')

    async def __aenter__(self):
        self._state = 'active'
        task = self._task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._outer_cancels = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._outer_cancels and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _expire(self):
        self._alarm = None
        self._state = 'expiring'
        self._task.cancel()


def timeout(delay):
    if delay is None:
        return Timeout(None)
    return Timeout(get_running_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)


class Runner:
    """Runs several top-level coroutines on one loop (`with asyncio.Runner() as r:`)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state, self._factory = 'created', loop_factory
        self._loop = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            for step in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(step())
        finally:
            if not self._factory:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _running_loop is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        return self._loop.run_until_complete(self._loop.create_task(coro))

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        make = self._factory
        self._loop = new_event_loop() if make is None else make()
        if make is None:
            set_event_loop(self._loop)
        self._state = 'initialized'


__all__ += ['PriorityQueue', 'LifoQueue', 'Semaphore', 'BoundedSemaphore', 'Condition',
            'Barrier', 'BrokenBarrierError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
            'ALL_COMPLETED', 'isfuture', 'wait', 'as_completed', 'shield', 'wrap_future',
            'to_thread', 'TaskGroup', 'Timeout', 'timeout', 'timeout_at', 'Runner']
