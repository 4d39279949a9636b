"""concurrent.futures for refpy, whose VM runs one thread.

Executors run each call when a worker is free, which is at once: submit() returns a
Future that is already finished, unless called from a task while every worker is busy,
in which case the call runs when a worker finishes its task (as CPython would queue
it). ThreadPoolExecutor tasks run as its worker threads (names `<prefix>_<n>`, each with
its own contextvars Context); ProcessPoolExecutor runs its tasks in this process, in a
copy of the caller's context (changes they make to module state are therefore seen by
the caller, unlike CPython's). Waiting for a future nothing can finish raises
RuntimeError (see `_thread`); with a timeout it raises TimeoutError after the timeout.
"""

try:
    __path__
except NameError:
    __path__ = []   # a package: its names live here, under CPython's module names

from collections import deque as _deque, namedtuple as _namedtuple
import contextvars as _contextvars
import itertools as _itertools
import os as _os
import threading as _threading
import time as _time
import types as _types
import _thread

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_NAMES = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}
_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


def _in_module(module, *objects):
    for obj in objects:
        obj.__module__ = module


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class BrokenProcessPool(BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


TimeoutError = TimeoutError

_in_module('concurrent.futures._base', Error, CancelledError, InvalidStateError,
           BrokenExecutor)
_in_module('concurrent.futures.thread', BrokenThreadPool)
_in_module('concurrent.futures.process', BrokenProcessPool)


def _logger():
    import logging
    return logging.getLogger('concurrent.futures')


class Future:
    """The result of an asynchronous call, available once it has finished."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        head = f'<{type(self).__name__} at {id(self):#x} state={_STATE_NAMES[self._state]}'
        if self._state == FINISHED:
            if self._exception is not None:
                return f'{head} raised {type(self._exception).__name__}>'
            return f'{head} returned {type(self._result).__name__}>'
        return head + '>'

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call(callback)

    def _call(self, callback):
        try:
            callback(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def cancel(self):
        """Cancel the future unless it is running or done; True if it is cancelled now."""
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state != PENDING:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._state == FINISHED

    def _wait(self, timeout):
        if not self._outcome():
            _thread._wait_until(self.done, timeout, 'Future.result()')
            if not self._outcome():
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, or its exception raised, waiting up to timeout."""
        self._wait(timeout)
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None     # no cycle through the traceback's frame
        return self._result

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout."""
        self._wait(timeout)
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it is)."""
        if self._state not in _DONE:
            self._done_callbacks.append(fn)
        else:
            self._call(fn)

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running, or False if it was cancelled."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def _finish(self):
        if self._state in _DONE:
            raise InvalidStateError(f'{self._state}: {self!r}')

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish()
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish()
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_types.GenericAlias)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _done_and_not_done(fs):
    done = {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
    return done, fs - done


def _failed(f):
    return not f.cancelled() and f._state == FINISHED and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures per return_when; a (done, not_done) named tuple of sets."""
    fs = set(fs)

    def enough():
        done, not_done = _done_and_not_done(fs)
        if not not_done:
            return True
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            return any(_failed(f) for f in done)
        return False

    if not enough():
        _thread._wait_until(enough, timeout, 'concurrent.futures.wait()')
    return DoneAndNotDoneFutures(*_done_and_not_done(fs))


def as_completed(fs, timeout=None):
    """Yield the futures as they complete (finished ones first), within timeout."""
    if timeout is not None:
        deadline = _time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    pending = _done_and_not_done(fs)[1]
    yield from fs - pending
    while pending:
        left = None
        if timeout is not None:
            left = deadline - _time.monotonic()
        done_now = lambda: any(f._state in (CANCELLED_AND_NOTIFIED, FINISHED)
                               for f in pending)
        if (left is not None and left < 0) or not _thread._wait_until(
                done_now, left, 'concurrent.futures.as_completed()'):
            raise TimeoutError(f'{len(pending)} (of {total}) futures unfinished')
        done = _done_and_not_done(pending)[0]
        pending -= done
        yield from done


class Executor:
    """Abstract base: submit() schedules a call and returns its Future."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls submitted at once; results in order."""
        if timeout is not None:
            deadline = _time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                for i, future in enumerate(futures):
                    left = None if timeout is None else deadline - _time.monotonic()
                    try:
                        yield future.result(left)
                    finally:
                        futures[i] = None   # let each finished future go
            finally:
                for future in futures:
                    if future is not None:
                        future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _run_item(future, fn, args, kwargs):
    """Run one call and settle its future (unless it was cancelled before starting)."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:
        future.set_exception(exc)
    else:
        future.set_result(result)


class ThreadPoolExecutor(Executor):
    """Runs calls in up to max_workers worker threads (see the module docstring)."""

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    f'ThreadPoolExecutor-{self._counter()}')
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = _deque()
        self._threads = set()
        self._idle = []           # (thread, state) of the workers free for work
        self._broken = False
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        self._work_queue.append((future, fn, args, kwargs))
        self._dispatch()
        return future

    def _dispatch(self):
        """Give queued work to a free worker, or a new one; busy workers get it later."""
        while self._work_queue and not self._broken:
            if self._idle:
                worker = self._idle.pop(0)
            elif len(self._threads) < self._max_workers:
                worker = self._new_worker()
                if worker is None:
                    return
            else:
                return
            _thread._run_as(worker[1], self._work, (worker,))

    def _new_worker(self):
        thread = _threading.Thread(name=f'{self._thread_name_prefix}_{len(self._threads)}')
        state = _thread._new_state()
        thread._begin(state)
        self._threads.add(thread)
        if self._initializer is not None:
            try:
                _thread._run_as(state, self._initializer, self._initargs)
            except BaseException:
                _logger().critical('Exception in initializer:', exc_info=True)
                self._break()
                thread._end()
                return None
        return thread, state

    def _break(self):
        self._broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        while self._work_queue:
            future = self._work_queue.popleft()[0]
            future.set_exception(BrokenThreadPool(self._broken))

    def _work(self, worker):
        """A worker's loop: run queued calls until there are none, then become free."""
        while self._work_queue and not self._broken:
            _run_item(*self._work_queue.popleft())
        if self._shutdown:
            worker[0]._end()
        else:
            self._idle.append(worker)
            self._idle.sort(key=lambda w: w[0].name)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; queued ones still run unless cancel_futures; free workers end."""
        self._shutdown = True
        if cancel_futures:
            while self._work_queue:
                self._work_queue.popleft()[0].cancel()
        for thread, _ in self._idle:
            thread._end()
        self._idle.clear()


class ProcessPoolExecutor(Executor):
    """Runs each call at once in this process (see the module docstring)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError('max_tasks_per_child must be an integer')
            if max_tasks_per_child <= 0:
                raise ValueError('max_tasks_per_child must be >= 1')
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown_thread = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        context = _contextvars.copy_context()
        if not self._initialized:
            self._initialized = True
            if self._initializer is not None:
                try:
                    context.run(self._initializer, *self._initargs)
                except BaseException:
                    self._broken = ('A child process terminated abruptly, the process '
                                    'pool is not usable anymore')
                    future.set_exception(BrokenProcessPool(self._broken))
                    return future
        context.run(_run_item, future, fn, args, kwargs)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        return super().map(fn, *iterables, timeout=timeout, chunksize=chunksize)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True


_in_module('concurrent.futures._base', Future, Executor, DoneAndNotDoneFutures)
_in_module('concurrent.futures.thread', ThreadPoolExecutor)
_in_module('concurrent.futures.process', ProcessPoolExecutor)
