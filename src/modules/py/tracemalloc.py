# refpy's tracemalloc, Python half: snapshots and the statistics over them. The books
# (which object was allocated where, and its size) are kept natively in
# src/modules/tracemalloc.rs: `_start`, `stop`, the counters, `_traces()` (a list of
# `(domain, size, frames, total_nframe)` with frames `((filename, lineno),)`) and
# `_object_trace(obj)`. Output formats follow CPython 3.11's module.


def start(nframe=1):
    _start(nframe)


_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # Bytes below 10 KiB, then the largest unit keeping at least 100 of it with no
    # decimals, else one decimal (CPython's rule).
    for i, unit in enumerate(_UNITS):
        last = i == len(_UNITS) - 1
        if i > 0 and abs(size) < 100 and not last:
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or last:
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


def _read_line(filename, lineno):
    try:
        with open(filename) as f:
            lines = f.read().split('\n')
    except Exception:
        return ''
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def _matches(name, pattern):
    # Shell-style `*` and `?`, what `Filter` patterns use.
    if '*' not in pattern and '?' not in pattern:
        return name == pattern
    memo = {}

    def at(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if j == len(pattern):
            found = i == len(name)
        elif pattern[j] == '*':
            found = at(i, j + 1) or (i < len(name) and at(i + 1, j))
        elif i < len(name) and pattern[j] in ('?', name[i]):
            found = at(i + 1, j + 1)
        else:
            found = False
        memo[key] = found
        return found

    return at(0, 0)


class Frame:
    """One place in the source: `filename` and `lineno`."""
    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = tuple(frame)

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        return isinstance(other, Frame) and self._frame == other._frame

    def __lt__(self, other):
        return self._frame < other._frame

    def __le__(self, other):
        return self._frame <= other._frame

    def __gt__(self, other):
        return self._frame > other._frame

    def __ge__(self, other):
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % self._frame

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % self._frame


class Traceback:
    """The frames where an allocation happened, oldest first (the raw frames come
    most recent first)."""

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(Frame(f) for f in reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        return self._frames[index]

    def __iter__(self):
        return iter(self._frames)

    def __contains__(self, frame):
        return frame in self._frames

    def __eq__(self, other):
        return isinstance(other, Traceback) and self._frames == other._frames

    def __lt__(self, other):
        return self._frames < other._frames

    def __le__(self, other):
        return self._frames <= other._frames

    def __gt__(self, other):
        return self._frames > other._frames

    def __ge__(self, other):
        return self._frames >= other._frames

    def __hash__(self):
        return hash(self._frames)

    def __str__(self):
        return str(self._frames[0])

    def __repr__(self):
        tail = '>' if self._total_nframe is None else ' total_nframe=%s>' % self._total_nframe
        return '<Traceback %r%s' % (self._frames, tail)

    def format(self, limit=None, most_recent_first=False):
        frames = list(self._frames)
        if limit is not None:
            # A positive limit keeps the most recent frames, a negative one the oldest.
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _read_line(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


class Trace:
    """One traced allocation: its domain, size and traceback."""

    def __init__(self, trace):
        self._trace = trace

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])
    traceback = property(lambda self: Traceback(self._trace[2], self._trace[3]))

    def __eq__(self, other):
        return isinstance(other, Trace) and self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class Statistic:
    """Memory allocated at one key (line, file or traceback) of a snapshot."""

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __eq__(self, other):
        return (isinstance(other, Statistic)
                and (self.traceback, self.size, self.count)
                == (other.traceback, other.size, other.count))

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __str__(self):
        text = '%s: size=%s, count=%i' % (
            self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (
            self.traceback, self.size, self.count)


class StatisticDiff:
    """How a key's memory changed between two snapshots."""

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __eq__(self, other):
        fields = ('traceback', 'size', 'size_diff', 'count', 'count_diff')
        return isinstance(other, StatisticDiff) and all(
            getattr(self, f) == getattr(other, f) for f in fields)

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)


class Filter:
    """Keeps (or, not inclusive, drops) traces whose file matches a pattern."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        self.inclusive = inclusive
        self.filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    def _frame_matches(self, frame):
        return _matches(frame[0], self.filename_pattern) and (
            self.lineno is None or frame[1] == self.lineno)

    def _keeps(self, trace):
        # `trace` is a raw `(domain, size, frames, total_nframe)` tuple.
        if self.domain is not None and trace[0] != self.domain:
            return not self.inclusive
        frames = trace[2] if self.all_frames else trace[2][:1]
        hit = any(self._frame_matches(f) for f in frames)
        return hit if self.inclusive else not hit


class DomainFilter:
    """Keeps (or drops) traces of one allocation domain."""

    def __init__(self, inclusive, domain):
        self.inclusive = inclusive
        self.domain = domain

    def _keeps(self, trace):
        return (trace[0] == self.domain) == self.inclusive


def _keys_of(trace, key_type, cumulative):
    # Raw keys (tuples of `(filename, lineno)` frames); `Traceback` objects are made once
    # per group, not once per trace.
    frames = trace[2]
    if key_type == 'traceback':
        return (frames,)
    chosen = frames if cumulative else frames[:1]
    if key_type == 'filename':
        return tuple(((f[0], 0),) for f in chosen)
    return tuple((f,) for f in chosen)


class Snapshot:
    """The traces at one moment, to be grouped into statistics."""

    def __init__(self, traces, traceback_limit):
        self._raw = list(traces)
        self.traceback_limit = traceback_limit

    @property
    def traces(self):
        return [Trace(t) for t in self._raw]

    def dump(self, filename):
        raise NotImplementedError('refpy has no pickle: Snapshot.dump is not available')

    @staticmethod
    def load(filename):
        raise NotImplementedError('refpy has no pickle: Snapshot.load is not available')

    def filter_traces(self, filters):
        filters = list(filters)
        kept = [t for t in self._raw if all(f._keeps(t) for f in filters)]
        return Snapshot(kept, self.traceback_limit)

    def _grouped(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type == 'traceback':
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        groups = {}
        for trace in self._raw:
            for key in _keys_of(trace, key_type, cumulative):
                entry = groups.get(key)
                if entry is None:
                    groups[key] = [trace[1], 1]
                else:
                    entry[0] += trace[1]
                    entry[1] += 1
        return {Traceback(k): (s, c) for k, (s, c) in groups.items()}

    def statistics(self, key_type, cumulative=False):
        stats = [Statistic(k, s, c) for k, (s, c) in self._grouped(key_type, cumulative).items()]
        stats.sort(key=lambda st: (st.size, st.count, st.traceback), reverse=True)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        new = self._grouped(key_type, cumulative)
        old = old_snapshot._grouped(key_type, cumulative)
        diffs = []
        for key in list(new) + [k for k in old if k not in new]:
            size, count = new.get(key, (0, 0))
            old_size, old_count = old.get(key, (0, 0))
            diffs.append(StatisticDiff(key, size, size - old_size, count, count - old_count))
        diffs.sort(key=lambda d: (abs(d.size_diff), d.size, abs(d.count_diff), d.count,
                                  d.traceback), reverse=True)
        return diffs


def take_snapshot():
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory '
                           'allocations to take a snapshot')
    return Snapshot(_traces(), get_traceback_limit())


def get_object_traceback(obj):
    frames = _object_trace(obj)
    return None if frames is None else Traceback(frames)
