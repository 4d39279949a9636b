"""A general-purpose event scheduler (refpy's own implementation).

A scheduler keeps a heap of events ordered by (time, priority, sequence) and
runs them with the time and delay functions it was given, so it works with real
time as well as with simulated clocks.
"""

import heapq
import itertools
import threading
import time as _clock
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_FIELD_DOCS = {
    'time': 'Numeric type compatible with the return value of the\n'
            'timefunc function passed to the constructor.',
    'priority': 'Events scheduled for the same time will be executed\n'
                'in the order of their priority.',
    'sequence': 'A continually increasing sequence number that\n'
                '    separates events if time and priority are equal.',
    'action': 'Executing the event means executing\n'
              'action(*argument, **kwargs)',
    'argument': 'argument is a sequence holding the positional\n'
                'arguments for the action.',
    'kwargs': 'kwargs is a dictionary holding the keyword\n'
              'arguments for the action.',
}
for _name, _doc in _FIELD_DOCS.items():
    getattr(Event, _name).__doc__ = _doc
del _name, _doc

# Stands for "no kwargs given" (a fresh dict is made for each event).
_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_clock.monotonic, delayfunc=_clock.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._heap = []
        self._guard = threading.RLock()
        self._counter = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule `action` at the absolute `time`; returns the event, which
        cancel() accepts."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._guard:
            ev = Event(time, priority, next(self._counter), action, argument, kwargs)
            heapq.heappush(self._heap, ev)
        return ev

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule `action` `delay` time units from now."""
        when = self.timefunc() + delay
        return self.enterabs(when, priority, action, argument, kwargs)

    def cancel(self, event):
        """Drop a pending event (ValueError when it is not queued)."""
        with self._guard:
            self._heap.remove(event)
            heapq.heapify(self._heap)

    def empty(self):
        with self._guard:
            return len(self._heap) == 0

    def _next_due(self):
        # (event, wait): the first event, and how long until it is due (None
        # when due now, in which case it has been taken off the heap).
        with self._guard:
            if not self._heap:
                return None, None
            first = self._heap[0]
            now = self.timefunc()
            if first.time > now:
                return first, first.time - now
            heapq.heappop(self._heap)
            return first, None

    def run(self, blocking=True):
        """Run events as they fall due. With blocking false, run what is due
        and return the time until the next event (None when none is left)."""
        while True:
            ev, wait = self._next_due()
            if ev is None:
                return None
            if wait is not None:
                if not blocking:
                    return wait
                self.delayfunc(wait)
                continue
            ev.action(*ev.argument, **ev.kwargs)
            # Give other threads a chance, as a zero-length delay.
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, earliest first (a copy)."""
        with self._guard:
            return sorted(self._heap)
