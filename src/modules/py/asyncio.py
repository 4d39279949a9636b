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

__all__ = ['run', 'sleep', 'create_task', 'gather', 'wait_for', 'ensure_future',
           'Future', 'Task', 'Event', 'Lock', 'Queue', 'QueueEmpty', 'QueueFull',
           'CancelledError', 'TimeoutError', 'InvalidStateError', 'get_event_loop',
           'new_event_loop', 'set_event_loop', 'get_running_loop', 'current_task',
           'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'AbstractEventLoop']


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


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

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
            })


TimerHandle = Handle


class AbstractEventLoop:
    """The base class every event loop derives from."""


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_seq = 0
        self._running = False
        self._stopping = False
        self._closed = False
        self._task_count = 0
        self._asyncgens = _weakref.WeakSet()
        self._asyncgens_shutdown_called = False

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

    def call_exception_handler(self, context):
        message = context.get('message', 'Unhandled exception in event loop')
        print(message, file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            print(f'{type(exc).__name__}: {exc}', file=sys.stderr)

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
        ready = self._ready
        self._ready = []
        for handle in ready:
            if not handle._cancelled:
                handle._run()
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

    async def shutdown_default_executor(self):
        pass


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

    def __repr__(self):
        return f'<{type(self).__name__} {self._repr_state()}>'

    def _repr_state(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'finished exception={self._exception!r}'
            return f'finished result={self._result!r}'
        return self._state.lower()

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

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

    def __repr__(self):
        state = self._repr_state()
        return f"<Task {state} name='{self._name}' coro={self._coro!r}>"

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
            self._cancel_message = err.args[0] if err.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            Future.set_exception(self, err)
        else:
            if getattr(result, '_asyncio_future_blocking', None) is not None:
                if result is self:
                    self._loop.call_soon(
                        self._step,
                        RuntimeError(f'Task cannot await on itself: {self!r}'))
                elif result._asyncio_future_blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
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

    def _wakeup(self, future):
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
                    res = child._make_cancelled_error()
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


class QueueFull(Exception):
    """Raised by `put_nowait` on a full queue."""


class Queue:
    """A first-in first-out queue for tasks."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = []
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return f'<Queue maxsize={self._maxsize!r}>'

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
        self._queue.append(item)
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
        item = self._queue.pop(0)
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
