"""pympler.classtracker_stats for refpy: the console report of a ClassTracker."""

import sys
from copy import deepcopy

from pympler.asizeof import Asized
from pympler.util.stringutils import trunc, pp, pp_timestamp


def _ref2key(ref):
    return ref.name.split(':')[0]


def _merge_asized(base, other, level=0):
    base.size += other.size
    base.flat += other.flat
    if level > 0:
        base.name = _ref2key(base)
    base.refs = list(base.refs)
    refs = {}
    for ref in base.refs:
        refs[_ref2key(ref)] = ref
    for ref in other.refs:
        key = _ref2key(ref)
        if key in refs:
            _merge_asized(refs[key], ref, level=level + 1)
        else:
            base.refs.append(deepcopy(ref))
            base.refs[-1].name = key


def _merge_objects(tref, merged, obj):
    size = None
    for (timestamp, tsize) in obj.snapshots:
        if timestamp == tref:
            size = tsize
    if size:
        _merge_asized(merged, size)


class Stats(object):
    """The data of a ClassTracker, annotated per snapshot and class."""

    def __init__(self, tracker=None, filename=None, stream=None):
        self.stream = stream if stream else sys.stdout
        self.tracker = tracker
        self.index = {}
        self.snapshots = []
        if tracker:
            self.index = tracker.index
            self.snapshots = tracker.snapshots
            self.history = tracker.history
        self.sorted = []

    def annotate(self):
        for snapshot in self.snapshots:
            self.annotate_snapshot(snapshot)

    def annotate_snapshot(self, snapshot):
        """Per class: sum, avg, pct and active count at this snapshot."""
        if snapshot.classes is not None:
            return snapshot.classes
        snapshot.classes = {}
        for classname in list(self.index.keys()):
            total = 0
            active = 0
            merged = Asized(0, 0)
            for tobj in self.index[classname]:
                _merge_objects(snapshot.timestamp, merged, tobj)
                total += tobj.get_size_at_time(snapshot.timestamp)
                if tobj.birth < snapshot.timestamp and (
                        tobj.death is None or tobj.death > snapshot.timestamp):
                    active += 1
            try:
                pct = total * 100.0 / snapshot.total
            except ZeroDivisionError:
                pct = 0
            try:
                avg = total / active
            except ZeroDivisionError:
                avg = 0
            snapshot.classes[classname] = dict(sum=total, avg=avg, pct=pct, active=active)
            snapshot.classes[classname]['merged'] = merged
        return snapshot.classes

    @property
    def tracked_classes(self):
        return sorted(list(self.index.keys()))


class ConsoleStats(Stats):
    """Stats printed as text."""

    def print_summary(self):
        """Per snapshot, each tracked class's active count, total and average size."""
        fobj = self.stream
        fobj.write('---- SUMMARY ' + '-' * 66 + '\n')
        for snapshot in self.snapshots:
            classes = self.annotate_snapshot(snapshot)
            fobj.write('%-35s %11s %12s %12s %5s\n' % (
                trunc(snapshot.desc, 35), 'active', pp(snapshot.asizeof_total),
                'average', 'pct'))
            for classname in self.tracked_classes:
                info = classes[classname]
                fobj.write('  %-33s %11d %12s %12s %4d%%\n' % (
                    trunc(classname, 33), info['active'], pp(info['sum']),
                    pp(info['avg']), info['pct']))
        fobj.write('-' * 79 + '\n')
