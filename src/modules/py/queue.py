# refpy's queue module: FIFO, LIFO, priority and simple queues. refpy runs one thread (see
# _thread), so a blocking call that nothing else can satisfy waits as CPython's would with
# a timeout (until it expires, then raises Empty or Full); without one, where CPython
# would hang forever, it raises RuntimeError.

from collections import deque
import heapq
import sys as _sys
import types
import _thread

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait(ready, timeout, error, what):
    """Block until ready(): only a due threading.Timer can change the queue meanwhile."""
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if not _thread._wait_until(ready, timeout, what):
        raise error


class Queue:
    'Create a queue object with a given maximum size.'

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _wait(lambda: not self.unfinished_tasks, None, None,
                  'Queue.join() with unfinished tasks')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.full():
            if not block:
                raise Full
            _wait(lambda: not self.full(), timeout, Full, 'Queue.put() on a full queue')
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block:
                raise Empty
            _wait(self._qsize, timeout, Empty, 'Queue.get() on an empty queue')
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage; subclasses override these four.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            _wait(self.qsize, timeout, Empty, 'Queue.get() on an empty queue')
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)

_sys._c_layout(SimpleQueue, 56, False, True)


SimpleQueue.__module__ = '_queue'

del _sys
