"""sched: a general purpose event scheduler. A scheduler runs events (callables with
arguments) at given times, measured by its timefunc; delayfunc waits in between."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = ('''Numeric type compatible with the return value of the
timefunc function passed to the constructor.''')
Event.priority.__doc__ = ('''Events scheduled for the same time will be executed
in the order of their priority.''')
Event.sequence.__doc__ = ('''A continually increasing sequence number that
    separates events if time and priority are equal.''')
Event.action.__doc__ = ('''Executing the event means executing
action(*argument, **kwargs)''')
Event.argument.__doc__ = ('''argument is a sequence holding the positional
arguments for the action.''')
Event.kwargs.__doc__ = ('''kwargs is a dictionary holding the keyword
arguments for the action.''')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """A new scheduler with its time function and delay function."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at an absolute time; lower priority
        numbers run first among events of the same time. Returns the event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True if no event is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the scheduled events in order, waiting for each with delayfunc. With
        blocking=False, run the events that are due and return the time until the
        next one (None when none is left)."""
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not queue:
                    break
                when, priority, sequence, action, argument, kwargs = queue[0]
                now = timefunc()
                if when > now:
                    wait = True
                else:
                    wait = False
                    pop(queue)
            if wait:
                if not blocking:
                    return when - now
                delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The scheduled events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
