"""Low-level threads for refpy, whose VM runs one thread.

A "thread" here is an identity (ident, native id, its own contextvars Context and
threading.local data) under which a function runs: start_new_thread() runs the function
to completion at once, as that thread. Nothing can run while the current thread waits,
except timers that are due (threading.Timer registers them in _pending), so a blocking
wait that no due timer can end raises RuntimeError instead of hanging forever; a wait
with a timeout sleeps the timeout and reports failure, as CPython's would.
"""

import contextvars as _contextvars
import heapq as _heapq
import os as _os
import sys as _sys
import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_BLOCKS_FOREVER = ("{} would block forever: refpy runs threads one at a time (a thread "
                   "runs to completion when started), so no other thread can end this wait")


def _blocked_forever(what):
    return RuntimeError(_BLOCKS_FOREVER.format(what))


class _ThreadState:
    """What belongs to one thread: its ids, its context and its threading.local data."""

    def __init__(self, ident, native_id):
        self.ident = ident
        self.native_id = native_id
        self.context = _contextvars.Context()
        self.locals = {}


_MAIN_IDENT = 0x7f0000001000
_idents = iter(range(_MAIN_IDENT + 0x800000, 1 << 62, 0x800000))
_native_ids = iter(range(_os.getpid() + 1, 1 << 62))
_main = _ThreadState(_MAIN_IDENT, _os.getpid())
_main.context = None    # the main thread runs in contextvars' initial context
_stack = [_main]        # the running thread is the last; each waits for the one after
_running = 0            # threads started by start_new_thread and not yet finished


def _new_state():
    return _ThreadState(next(_idents), next(_native_ids))


def _run_as(state, func, args=(), kwargs=None):
    """Run func(*args, **kwargs) as the thread `state`, in that thread's context."""
    _stack.append(state)
    try:
        return state.context.run(func, *args, **(kwargs or {}))
    finally:
        _stack.pop()


# Timers that are due at some time: (due, seq, run); a blocked wait runs those due before
# its own deadline, in order, since in CPython they would fire while it waits.
_pending = []
_seq = iter(range(1 << 62))


def _schedule(due, run):
    _heapq.heappush(_pending, (due, next(_seq), run))


def _run_pending(until=None):
    """Run the earliest pending timer due by `until` (any if None); False if there is none."""
    if not _pending or (until is not None and _pending[0][0] > until):
        return False
    _heapq.heappop(_pending)[2]()
    return True


def _wait_until(ready, timeout, what):
    """Block until ready() is true: True, or False once timeout (None: none) has passed."""
    deadline = None if timeout is None else _time.monotonic() + timeout
    while not ready():
        if _run_pending(deadline):
            continue
        if deadline is None:
            raise _blocked_forever(what)
        left = deadline - _time.monotonic()
        if left > 0:
            _time.sleep(left)
        return ready()
    return True


def _check_acquire_args(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timeout value is too large')
    return None if timeout == -1 else timeout


class LockType:
    """A primitive lock: one owner at a time, released by anyone."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_acquire_args(blocking, timeout)
        if self._locked:
            if not blocking or not _wait_until(lambda: not self._locked, timeout,
                                               'acquiring a held lock'):
                return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


LockType.__name__ = LockType.__qualname__ = 'lock'
LockType.__module__ = '_thread'


class RLock:
    """A reentrant lock: its owner may acquire it again; only the owner releases it."""

    def __init__(self):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_acquire_args(blocking, timeout)
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking or not _wait_until(lambda: not self._count, timeout,
                                               'acquiring an RLock held by another thread'):
                return False
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    # Condition.wait() releases the lock fully and restores it afterwards.
    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count, self._owner = 0, 0
        return state

    def _acquire_restore(self, state):
        self.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._count, self._owner = 0, 0

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f'<{state} _thread.RLock object owner={self._owner} '
                f'count={self._count} at {id(self):#x}>')

_sys._c_layout(RLock, 48, False, True)


RLock.__module__ = '_thread'


def allocate_lock():
    """A new, unlocked lock."""
    return LockType()


allocate = allocate_lock


def get_ident():
    """The identifier of the running thread (a nonzero integer)."""
    return _stack[-1].ident


def get_native_id():
    """The operating-system id of the running thread."""
    return _stack[-1].native_id


def _count():
    """How many threads started here are still running."""
    return _running


def start_new_thread(function, args, kwargs=None, /):
    """Run function(*args, **kwargs) as a new thread, to completion, and return its ident."""
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    global _running
    state = _new_state()
    _running += 1
    try:
        _run_as(state, function, args, kwargs)
    except SystemExit:
        pass
    except BaseException as exc:
        _report_unraisable(exc, function)
    finally:
        _running -= 1
    return state.ident


start_new = start_new_thread


def _report_unraisable(exc, function):
    import traceback
    print(f'Exception ignored in thread started by: {function!r}', file=_sys.stderr)
    tb = exc.__traceback__
    # Start at the function, as CPython's does: leave out our frames that ran it.
    while tb.tb_next is not None and tb.tb_frame.f_globals.get('__name__') in _OWN_MODULES:
        tb = tb.tb_next
    exc.__traceback__ = tb  # refpy's traceback module reads this, not the tb argument
    traceback.print_exception(type(exc), exc, tb, file=_sys.stderr)


_OWN_MODULES = ('_thread', 'contextvars')


def exit():
    """Leave the running thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    """Raise KeyboardInterrupt in the main thread (the only one that can be running then)."""
    raise KeyboardInterrupt


def stack_size(size=0, /):
    """The stack size for new threads: 0 (the default) and sizes from 32 KiB are accepted."""
    if size != 0 and size < 32768:
        raise ValueError(f'size not valid: {size} bytes')
    return 0


def daemon_threads_allowed():
    return True


def _set_sentinel():
    return allocate_lock()


# The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread).
_ExceptHookArgs = _sys._structseq_type('_thread._ExceptHookArgs', (
    'exc_type', 'exc_value', 'exc_traceback', 'thread'))


def _excepthook(args, /):
    """Print an exception a thread did not catch, unless it is SystemExit."""
    if args.exc_type is SystemExit:
        return
    import traceback
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, '_stderr', None)
        if stderr is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {name}:', file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


class _local:
    """Attributes that each thread sets and sees separately."""

    __slots__ = ('_local__key', '_local__args', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__key', object())
        object.__setattr__(self, '_local__args', (args, kwargs))
        # The creating thread runs __init__ itself (through type.__call__).
        _stack[-1].locals[object.__getattribute__(self, '_local__key')] = {}
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        return _local_lookup(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"{_type_name(self)!r} object attribute '__dict__' "
                                 'is read-only')
        _local_assign(self, name, value, True)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"{_type_name(self)!r} object attribute '__dict__' "
                                 'is read-only')
        _local_assign(self, name, None, False)


_local.__module__ = '_thread'


def _local_dict(obj):
    """The running thread's attribute dict of obj; a new thread's runs __init__ again."""
    key = object.__getattribute__(obj, '_local__key')
    store = _stack[-1].locals
    d = store.get(key)
    if d is None:
        d = store[key] = {}
        init = type(obj).__init__
        if init is not object.__init__:
            args, kwargs = object.__getattribute__(obj, '_local__args')
            init(obj, *args, **kwargs)
    return d


def _local_lookup(obj, name):
    d = _local_dict(obj)
    cls = type(obj)
    for klass in cls.__mro__:
        attr = klass.__dict__.get(name, _local_lookup)
        if attr is not _local_lookup:
            break
    else:
        attr = None
        klass = None
    if klass is not None and hasattr(type(attr), '__set__') and hasattr(type(attr), '__get__'):
        return type(attr).__get__(attr, obj, cls)
    if name in d:
        return d[name]
    if klass is not None:
        if hasattr(type(attr), '__get__'):
            return type(attr).__get__(attr, obj, cls)
        return attr
    if name.startswith('_local__'):
        return object.__getattribute__(obj, name)
    getattr_hook = getattr(cls, '__getattr__', None)
    if getattr_hook is not None:
        return getattr_hook(obj, name)
    raise AttributeError(f"{_type_name(obj)!r} object has no attribute {name!r}")


def _type_name(obj):
    """The type's name as CPython's messages spell it (a C type's with its module)."""
    return '_thread._local' if type(obj) is _local else type(obj).__name__


def _local_assign(obj, name, value, setting):
    d = _local_dict(obj)
    for klass in type(obj).__mro__:
        attr = klass.__dict__.get(name, _local_assign)
        if attr is not _local_assign:
            descr = type(attr)
            if setting and hasattr(descr, '__set__'):
                return descr.__set__(attr, obj, value)
            if not setting and hasattr(descr, '__delete__'):
                return descr.__delete__(attr, obj)
            break
    if setting:
        d[name] = value
    elif name in d:
        del d[name]
    else:
        raise AttributeError(f"{_type_name(obj)!r} object has no attribute {name!r}")
