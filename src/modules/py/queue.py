"""Queues for handing work between threads: FIFO, LIFO, priority and simple queues.

refpy's own `queue`, written from the module's documentation. refpy runs one thread
at a time (see _thread): while a call waits for room or for an item, only a due
threading.Timer can change the queue, so a wait with a timeout lets timers run until
it expires (then Empty or Full), and a wait nothing could ever end raises
RuntimeError where CPython would hang.

Subclasses may change the storage by overriding the four hooks `_init(maxsize)`,
`_qsize()`, `_put(item)` and `_get()`, as with CPython's classes.
"""

import heapq as _heapq
import sys as _sys
import threading as _threading
import types as _types
import _thread
from collections import deque as _deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


class Empty(Exception):
    """Raised by a get() that finds nothing and may not (or no longer) wait."""


Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by a put() on a full bounded queue that may not (or no longer) wait."""


def _sleep_on(mutex, ready, timeout, what):
    """Wait, with `mutex` released, until ready() holds; False if the timeout ran out."""
    mutex.release()
    try:
        return _thread._wait_until(ready, timeout, what)
    finally:
        mutex.acquire()


class Queue:
    """A first-in first-out queue holding at most `maxsize` items (no limit when
    maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the storage; the three conditions share it.
        lock = _threading.Lock()
        self.mutex = lock
        self.not_empty = _threading.Condition(lock)
        self.not_full = _threading.Condition(lock)
        self.all_tasks_done = _threading.Condition(lock)
        self.unfinished_tasks = 0

    # -- task accounting -----------------------------------------------------------

    def task_done(self):
        """Mark one item taken by get() as processed (what join() waits for)."""
        with self.mutex:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if not left:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item ever put has been marked done by task_done()."""
        with self.mutex:
            if self.unfinished_tasks:
                _sleep_on(self.mutex, lambda: not self.unfinished_tasks, None,
                          'Queue.join() with unfinished tasks')

    # -- state (approximate when other threads are running) ----------------------

    def qsize(self):
        """How many items the queue holds."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when the queue holds nothing."""
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        """True when a bounded queue holds maxsize items or more."""
        with self.mutex:
            return self._no_room()

    def _no_room(self):
        limit = self.maxsize
        return 0 < limit and limit <= self._qsize()

    # -- adding and taking ---------------------------------------------------------

    def put(self, item, block=True, timeout=None):
        """Add `item`. On a full queue: raise Full at once when `block` is false,
        else wait for room (at most `timeout` seconds if given, then raise Full)."""
        with self.mutex:
            bounded = self.maxsize > 0
            if bounded and block and timeout is not None and timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
            if bounded and self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                if not _sleep_on(self.mutex, lambda: not self._no_room(), timeout,
                                 'Queue.put() on a full queue'):
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item. On an empty queue: raise Empty at once when
        `block` is false, else wait for one (at most `timeout` seconds if given)."""
        with self.mutex:
            if block and timeout is not None and timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
            if not self._qsize():
                if not block:
                    raise Empty
                if not _sleep_on(self.mutex, self._qsize, timeout,
                                 'Queue.get() on an empty queue'):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item) without waiting: Full if there is no room."""
        return self.put(item, False)

    def get_nowait(self):
        """get() without waiting: Empty if there is nothing."""
        return self.get(False)

    # -- storage hooks (FIFO) -----------------------------------------------------

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_types.GenericAlias)


class PriorityQueue(Queue):
    """A Queue whose get() returns the smallest item first (a heap; items such as
    (priority, data) tuples must be comparable)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A Queue whose get() returns the newest item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


# SimpleQueue stands for CPython's C type `_queue.SimpleQueue`: argument errors are
# reported the way that type's argument parser words them.

def _unpack(name, args, kwargs, names, required):
    """Bind a C-style method call: positional or keyword, `required` leading names."""
    if len(args) > len(names):
        raise TypeError("%s() takes at most %d argument%s (%d given)"
                        % (name, len(names), "" if len(names) == 1 else "s", len(args)))
    bound = list(args)
    for spot in range(len(args), len(names)):
        bound.append(kwargs.get(names[spot], _MISSING))
        if spot < required and bound[spot] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[spot], spot + 1))
    for key in kwargs:
        if key in names:
            spot = names.index(key)
            if spot < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (name, key, spot + 1))
        else:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
    return bound


def _no_arguments(name, args):
    if args:
        raise TypeError("SimpleQueue.%s() takes no arguments (%d given)" % (name, len(args)))


_MISSING = object()
_GET_NAMES = ('block', 'timeout')
_PUT_NAMES = ('item', 'block', 'timeout')


def _seconds(timeout):
    """Validate a SimpleQueue timeout as the C type does (None: wait forever)."""
    if timeout is None or timeout is _MISSING:
        return None
    if not isinstance(timeout, (int, float)):
        try:
            timeout = timeout.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(timeout).__name__) from None
    if timeout < 0:
        raise ValueError(_NEGATIVE_TIMEOUT)
    return timeout


class SimpleQueue:
    """An unbounded first-in first-out queue without task accounting."""

    __slots__ = ('_items', '__weakref__')

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        self._items = _deque()

    def put(self, *args, **kwargs):
        """Add an item; never waits (block and timeout are accepted and ignored)."""
        self._items.append(_unpack('put', args, kwargs, _PUT_NAMES, 1)[0])

    def put_nowait(self, *args, **kwargs):
        """Add an item."""
        self._items.append(_unpack('put_nowait', args, kwargs, ('item',), 1)[0])

    def get(self, *args, **kwargs):
        """Remove and return the oldest item, waiting as Queue.get() does."""
        block, timeout = _unpack('get', args, kwargs, _GET_NAMES, 0)
        if block is _MISSING or block:
            block = True
            timeout = _seconds(timeout)
        items = self._items
        if not items:
            if not block:
                raise Empty
            if not _thread._wait_until(lambda: items, timeout,
                                       'Queue.get() on an empty queue'):
                raise Empty
        return items.popleft()

    def get_nowait(self, *args):
        """get() without waiting: Empty if there is nothing."""
        if args:
            raise TypeError('get_nowait() takes no arguments')
        return self.get(False)

    def empty(self, *args):
        """True when the queue holds nothing."""
        _no_arguments('empty', args)
        return not self._items

    def qsize(self, *args):
        """How many items the queue holds."""
        _no_arguments('qsize', args)
        return len(self._items)

    __class_getitem__ = classmethod(_types.GenericAlias)


_sys._c_layout(SimpleQueue, 56, False, True)
SimpleQueue.__module__ = '_queue'
if hasattr(_types, '_c_type_name'):
    _types._c_type_name(SimpleQueue)  # '_queue.SimpleQueue' in messages
