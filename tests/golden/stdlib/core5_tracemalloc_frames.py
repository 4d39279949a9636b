# tracemalloc.start(n): each trace keeps up to n frames (the raw traces most recent first,
# Traceback objects oldest first as in 3.11), total_nframe, format() with limits and
# order, statistics('traceback') and get_object_traceback.
import tracemalloc

HERE = __file__


class Obj:
    __slots__ = ('n',)


def leaf(n):
    return [Obj() for _ in range(n)]


def middle(n):
    return leaf(n)


def outer(n):
    return middle(n)


def recurse(depth, n):
    if depth == 0:
        return leaf(n)
    return recurse(depth - 1, n)


def show(lines, tag=''):
    for line in lines:
        print(tag + line.replace(HERE, 'FILE'))


def ours(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, HERE)])


print('limit before start:', tracemalloc.get_traceback_limit())
for n in (1, 3, 6):
    tracemalloc.start(n)
    print('-- start(%d): limit %d, tracing %s' % (n, tracemalloc.get_traceback_limit(),
                                                  tracemalloc.is_tracing()))
    data = outer(300)
    snap = ours(tracemalloc.take_snapshot())
    print('snapshot limit', snap.traceback_limit)
    top = snap.statistics('traceback')[0]
    tb = top.traceback
    print('frames', len(tb), 'total_nframe', tb.total_nframe, 'count>=300', top.count >= 300)
    print('linenos oldest first', [f.lineno for f in tb])
    show(tb.format())
    show(tb.format(most_recent_first=True), 'MRF ')
    show(tb.format(limit=1), 'L1 ')
    show(tb.format(limit=-1), 'L-1 ')
    print('str', str(tb).replace(HERE, 'FILE'))
    print(repr(tb).replace(HERE, 'FILE'))
    obj_tb = tracemalloc.get_object_traceback(data[0])
    print('object traceback', [f.lineno for f in obj_tb], obj_tb.total_nframe)
    by_line = snap.statistics('lineno')[0]
    print('lineno key', [f.lineno for f in by_line.traceback], len(by_line.traceback))
    cum = {(s.traceback[0].lineno) for s in snap.statistics('lineno', cumulative=True)}
    print('cumulative lines', sorted(cum))
    trace = max(snap.traces, key=lambda t: t.size)
    print('trace frames', len(trace.traceback), trace.traceback.total_nframe)
    del data, snap, top, tb, obj_tb, by_line, trace
    tracemalloc.stop()

tracemalloc.start(4)
tracemalloc.start(9)
print('start while tracing keeps', tracemalloc.get_traceback_limit())
deep = recurse(10, 50)
snap = ours(tracemalloc.take_snapshot())
tb = snap.statistics('traceback')[0].traceback
print('deep: frames', len(tb), 'total_nframe', tb.total_nframe, [f.lineno for f in tb])
first = tracemalloc.Filter(True, HERE, lineno=14)
print('filter on the innermost line keeps', len(snap.filter_traces([first]).traces) > 0)
any_frame = tracemalloc.Filter(True, HERE, lineno=28, all_frames=True)
only_first = tracemalloc.Filter(True, HERE, lineno=28, all_frames=False)
print('all_frames', len(snap.filter_traces([any_frame]).traces) > 0,
      len(snap.filter_traces([only_first]).traces) > 0)
tracemalloc.stop()
print('limit after stop', tracemalloc.get_traceback_limit())
for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError', e)
print('tracing', tracemalloc.is_tracing())
