"""pympler.classtracker for refpy: track instances of classes (or single objects) and
size them with asizeof at each snapshot."""

import sys
from collections import defaultdict
from functools import partial
from inspect import isclass, stack
from time import time
from weakref import ref as weakref_ref

from pympler import asizeof
from pympler.util.stringutils import safe_repr, trunc, pp, pp_timestamp

__all__ = ["ClassTracker"]

_local_start = time()


def _get_time():
    return time() - _local_start


class _ClassObserver(object):
    __slots__ = ('init', 'name', 'detail', 'keep', 'trace')

    def __init__(self, init, name, detail, keep, trace):
        self.init = init
        self.modify(name, detail, keep, trace)

    def modify(self, name, detail, keep, trace):
        self.name = name
        self.detail = detail
        self.keep = keep
        self.trace = trace


class TrackedObject(object):
    """Size and lifetime of one tracked object, watched through a weak reference."""

    def __init__(self, instance, name, resolution_level=0, trace=False, on_delete=None):
        self.ref = weakref_ref(instance, self.finalize)
        self.id = id(instance)
        self.repr = ''
        self.name = name
        self.birth = _get_time()
        self.death = None
        self._resolution_level = resolution_level
        self.trace = None
        if trace:
            self.trace = [frame[1:] for frame in stack()[5:]][::-1]
        initial = asizeof.basicsize(instance) or 0
        self.snapshots = [(self.birth, asizeof.Asized(initial, initial))]
        self.on_delete = on_delete

    def track_size(self, ts, sizer):
        """Record the size of the object at time ts."""
        obj = self.ref()
        self.snapshots.append((ts, sizer.asized(obj, detail=self._resolution_level)))
        if obj is not None:
            self.repr = safe_repr(obj, clip=128)

    def get_max_size(self):
        """The largest size recorded."""
        return max([s.size for (_, s) in self.snapshots])

    def get_size_at_time(self, timestamp):
        """The size recorded at this snapshot time, 0 if none."""
        size = 0
        for (t, s) in self.snapshots:
            if t == timestamp:
                size = s.size
        return size

    def set_resolution_level(self, resolution_level):
        self._resolution_level = resolution_level

    def finalize(self, ref):
        try:
            self.death = _get_time()
            if self.on_delete:
                self.on_delete()
        except Exception:
            pass


def track_object_creation(time_series):
    count = time_series[-1][1] if time_series else 0
    time_series.append((_get_time(), count + 1))


def track_object_deletion(time_series):
    count = time_series[-1][1]
    time_series.append((_get_time(), count - 1))


def _process_vsz():
    try:
        with open('/proc/self/statm') as f:
            pages = int(f.read().split()[0])
        import os
        return pages * os.sysconf('SC_PAGE_SIZE')
    except Exception:
        return 0


class Snapshot(object):
    """The sizes of the tracked objects (and of the process) at one time."""

    def __init__(self, timestamp, description=''):
        self.tracked_total = 0
        self.asizeof_total = 0
        self.overhead = 0
        self.timestamp = timestamp
        self.system_total = _process_vsz()
        self.desc = description
        self.classes = None

    @property
    def total(self):
        return self.system_total or self.asizeof_total or self.tracked_total

    @property
    def label(self):
        if not self.desc:
            return "%.3fs" % self.timestamp
        return "%s (%.3fs)" % (self.desc, self.timestamp)


class ClassTracker(object):
    """Tracks the instances of classes (from their creation on) and single objects;
    create_snapshot sizes all of them."""

    def __init__(self, stream=None):
        self.index = defaultdict(list)
        self.objects = {}
        self.snapshots = []
        self.history = defaultdict(list)
        self._keepalive = []
        self._observers = {}
        self._stream = stream

    @property
    def stats(self):
        """A ConsoleStats over this tracker's data."""
        from pympler.classtracker_stats import ConsoleStats
        return ConsoleStats(tracker=self, stream=self._stream)

    def _tracker(self, _observer_, _self_, *args, **kwds):
        self.track_object(_self_, name=_observer_.name, resolution_level=_observer_.detail,
                          keep=_observer_.keep, trace=_observer_.trace)
        _observer_.init(_self_, *args, **kwds)

    def _inject_constructor(self, cls, func, name, resolution_level, keep, trace):
        try:
            constructor = cls.__init__
        except AttributeError:
            def constructor(self, *_args, **_kwargs):
                pass
        observer = _ClassObserver(constructor, name, resolution_level, keep, trace)
        self._observers[cls] = observer

        def new_constructor(*args, **kwargs):
            return func(observer, *args, **kwargs)

        cls.__init__ = new_constructor

    def _is_tracked(self, cls):
        return cls in self._observers

    def _restore_constructor(self, cls):
        cls.__init__ = self._observers[cls].init
        del self._observers[cls]

    def track_change(self, instance, resolution_level=0):
        """Change the resolution level of a tracked object (KeyError if untracked)."""
        self.objects[id(instance)].set_resolution_level(resolution_level)

    def track_object(self, instance, name=None, resolution_level=0, keep=False,
                     trace=False):
        """Track one object (it must be weakly referenceable)."""
        if id(instance) in self.objects and self.objects[id(instance)].ref() is not None:
            return
        name = name if name else instance.__class__.__name__
        track_object_creation(self.history[name])
        on_delete = partial(track_object_deletion, self.history[name])
        tobj = TrackedObject(instance, name, resolution_level=resolution_level,
                             trace=trace, on_delete=on_delete)
        self.index[name].append(tobj)
        self.objects[id(instance)] = tobj
        if keep:
            self._keepalive.append(instance)

    def track_class(self, cls, name=None, resolution_level=0, keep=False, trace=False):
        """Track every instance of cls created from now on."""
        if not isclass(cls):
            raise TypeError("only class objects can be tracked")
        if name is None:
            name = cls.__module__ + '.' + cls.__name__
        if self._is_tracked(cls):
            self._observers[cls].modify(name, resolution_level, keep, trace)
        else:
            self._inject_constructor(cls, self._tracker, name, resolution_level, keep, trace)

    def detach_class(self, cls):
        """Stop tracking new instances of cls."""
        self._restore_constructor(cls)

    def detach_all_classes(self):
        for cls in list(self._observers.keys()):
            self.detach_class(cls)

    def detach_all(self):
        self.detach_all_classes()
        self.objects.clear()
        self.index.clear()
        self._keepalive[:] = []

    def clear(self):
        self.detach_all()
        self.snapshots[:] = []

    def close(self):
        self.detach_all_classes()

    def start_periodic_snapshots(self, interval=1.0):
        raise NotImplementedError('periodic snapshots are not supported by refpy')

    def stop_periodic_snapshots(self):
        pass

    def create_snapshot(self, description='', compute_total=False):
        """Size every tracked object now and record a Snapshot."""
        timestamp = _get_time()
        sizer = asizeof.Asizer()
        objs = [tobj.ref() for tobj in list(self.objects.values())]
        sizer.exclude_refs(*objs)
        tracked = list(self.objects.values())
        tracked.sort(key=lambda x: x.birth)
        for tobj in tracked:
            tobj.track_size(timestamp, sizer)
        snapshot = Snapshot(timestamp, str(description))
        snapshot.tracked_total = sizer.total
        if compute_total:
            snapshot.asizeof_total = asizeof.asizeof(all=True, code=True)
        snapshot.overhead = 0
        if snapshot.tracked_total:
            snapshot.overhead = sizer.asizeof(self)
            if snapshot.asizeof_total:
                snapshot.asizeof_total -= snapshot.overhead
        self.snapshots.append(snapshot)
