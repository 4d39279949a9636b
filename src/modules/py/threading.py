"""Thread objects and synchronization primitives for refpy, whose VM runs one thread.

The model (see `_thread`): Thread.start() runs the thread's run() to completion at once,
as a new thread (its own ident, name, contextvars Context and threading.local data), so
start N threads and join them, locks, events set before waiting and the like print what
CPython prints. A Timer is the exception: its function is due `interval` seconds after
start(), so it runs when something waits past that moment (join(), Event.wait(), a
lock...), or at exit, and cancel() before then prevents it, as in CPython. A blocking
wait nothing can end raises RuntimeError instead of hanging.
"""

import _thread
import os as _os
import sys as _sys
import time as _time
from _thread import (get_ident, get_native_id, stack_size, TIMEOUT_MAX,
                     _ExceptHookArgs as ExceptHookArgs)
from _thread import _wait_until
from collections import deque as _deque
from itertools import count as _count_from
import warnings as _warnings

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

ThreadError = _thread.error
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
local = _thread._local
excepthook = __excepthook__ = _thread._excepthook

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Store a trace function for threads started later (refpy does not call it)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Store a profile function for threads started later (refpy does not call it)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _thread.RLock(*args, **kwargs)


def _deprecated(old, new):
    _warnings.warn(f'{old} is deprecated, {new}', DeprecationWarning, stacklevel=3)


# Synchronization primitives ----------------------------------------------------------

class Condition:
    """A lock plus wait()/notify(): a waiter is woken by another thread's notify()."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        # A plain lock: held if we cannot take it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        save = getattr(self._lock, '_release_save', None)
        if save is not None:
            return save()
        self._lock.release()

    def _acquire_restore(self, state):
        restore = getattr(self._lock, '_acquire_restore', None)
        if restore is not None:
            restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, wait for a notify() (or the timeout), take the lock again."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = [False]
        self._waiters.append(waiter)
        state = self._release_save()
        try:
            return _wait_until(lambda: waiter[0], timeout, 'Condition.wait()')
        finally:
            self._acquire_restore(state)
            if not waiter[0]:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (checked first) or the timeout passes."""
        deadline = None
        result = predicate()
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _time.monotonic() + timeout
                left = deadline - _time.monotonic()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        while n > 0 and self._waiters:
            self._waiters.popleft()[0] = True
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: ' \
               f'value={self._value}>'

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not self._value:
            if not blocking or not _wait_until(lambda: self._value, timeout,
                                               'Semaphore.acquire()'):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: ' \
               f'value={self._value}/{self._initial_value}>'

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag that threads wait for until another sets it."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: {status}>'

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set() instead')
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """True once the flag is set; False if the timeout passes first."""
        return _wait_until(lambda: self._flag, timeout, 'Event.wait() on an unset event')


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Releases its `parties` threads together once they have all called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._broken = False

    def __repr__(self):
        cls = f'{type(self).__module__}.{type(self).__qualname__}'
        if self._broken:
            return f'<{cls} at {id(self):#x}: broken>'
        return f'<{cls} at {id(self):#x}: waiters={self._count}/{self._parties}>'

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index."""
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count != self._parties:
            # Only a thread started later could arrive; none can run while we wait.
            if timeout is None:
                timeout = self._timeout
            _wait_until(lambda: self._broken, timeout, 'Barrier.wait()')
            self._count -= 1
            self._broken = True
            raise BrokenBarrierError
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._broken = True
            raise
        finally:
            self._count = 0
        return index

    def reset(self):
        self._broken = False
        self._count = 0

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# Threads -----------------------------------------------------------------------------

_active = {}            # ident -> Thread, for threads that have started and not ended
_counter = _count_from(1).__next__
_dummy_counter = _count_from(1).__next__


def _newname(template='Thread-%d'):
    return template % _counter()


class Thread:
    """A thread of control; start() runs its run() method, as a new thread, at once."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if name is not None:
            name = str(name)
        else:
            name = _newname()
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        """Run the thread: at once, to completion (see the module docstring)."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        state = _thread._new_state()
        self._begin(state)
        _thread._run_as(state, self._bootstrap)

    def _begin(self, state):
        self._ident = state.ident
        self._native_id = state.native_id
        self._started = True
        _active[self._ident] = self

    def _end(self):
        self._is_stopped = True
        _active.pop(self._ident, None)

    def _bootstrap(self):
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)
        finally:
            self._end()

    def run(self):
        """What the thread does: call the target; subclasses may override this."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread ends (or the timeout passes)."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None and timeout < 0:
            timeout = 0
        _wait_until(lambda: self._is_stopped, timeout, f'join() of {self._name}')

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute instead')
        self.name = name


def _invoke_excepthook(thread, exc):
    """Hand an exception a thread did not catch to threading.excepthook (as it is now)."""
    hook = excepthook
    try:
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except BaseException as hook_exc:
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is None:
            return
        hook_exc.__suppress_context__ = True
        print('Exception in threading.excepthook:', file=stderr, flush=True)
        import traceback
        traceback.print_exception(type(hook_exc), hook_exc, hook_exc.__traceback__,
                                  file=stderr)


class Timer(Thread):
    """Call function(*args, **kwargs) `interval` seconds after start(), unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def start(self):
        # Alive from now, but run only once due, when a wait reaches that moment.
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        state = _thread._new_state()
        self._begin(state)
        self._due = _time.monotonic() + self.interval
        _thread._schedule(self._due, lambda: _thread._run_as(state, self._bootstrap))

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(max(0, self._due - _time.monotonic()))
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name='MainThread', daemon=False)
        self._begin(_thread._main)


class _DummyThread(Thread):
    """Stands for a thread that threading did not start (e.g. _thread.start_new_thread)."""

    def __init__(self):
        super().__init__(name=f'Dummy-{_dummy_counter()}', daemon=True)
        self._begin(_thread._stack[-1])

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')


def current_thread():
    """The Thread object of the running thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread()', 'use current_thread() instead')
    return current_thread()


def main_thread():
    return _main_thread


def enumerate():
    """The threads alive now: the main thread, the running ones and pending timers."""
    return list(_active.values())


def active_count():
    return len(_active)


def activeCount():
    _deprecated('activeCount()', 'use active_count() instead')
    return active_count()


def _shutdown():
    """At exit, let the non-daemon timers still pending fire, as CPython joins them."""
    while any(not t.daemon and t.is_alive() for t in list(_active.values())
              if t is not _main_thread):
        if not _thread._run_pending():
            break


_main_thread = _MainThread()

import atexit as _atexit
_atexit.register(_shutdown)
