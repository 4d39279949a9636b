"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k, so a[0] is
always the smallest item. refpy's own implementation of the documented behaviour of
CPython 3.11's heapq: items are compared with `<` only, and the sift algorithms are the
documented ones, so a heap's list holds its items in the order CPython's would.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The functions are C functions in CPython: their parameters have no names, and a call
# with the wrong number of arguments fails with Argument Clinic's message
# ("heappush expected 2 arguments, got 3") or METH_O's ("_heapq.heappop() takes exactly
# one argument (0 given)"). Parameters default to `_NO` and extra ones land in `extra`,
# so that `_arity` can raise those messages.
_NO = object()


def _arity(func, want, given, extra):
    n = sum(1 for a in given if a is not _NO) + len(extra)
    if want == 1:
        raise TypeError('_heapq.%s() takes exactly one argument (%d given)' % (func, n))
    raise TypeError('%s expected %d arguments, got %d' % (func, want, n))


def _check(heap, func, only_argument=False):
    if not isinstance(heap, list):
        # `_PyArg_BadArgument` names None as `None`, not by its type.
        raise TypeError('%s() argument%s must be list, not %s'
                        % (func, '' if only_argument else ' 1',
                           'None' if heap is None else type(heap).__name__))


def heappush(heap=_NO, item=_NO, /, *extra):
    """Push item onto heap, maintaining the heap invariant."""
    if item is _NO or extra:
        _arity('heappush', 2, (heap, item), extra)
    _check(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap=_NO, /, *extra):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if heap is _NO or extra:
        _arity('heappop', 1, (heap,), extra)
    _check(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        try:
            _sift_toward_leaves(heap, 0)
        except BaseException:
            # C's heappop releases the popped item before the error propagates.
            del smallest
            raise
        return smallest
    return last


def heapreplace(heap=_NO, item=_NO, /, *extra):
    """Pop and return the smallest item, then add item (the heap keeps its size).

    The item returned may be larger than the one added."""
    if item is _NO or extra:
        _arity('heapreplace', 2, (heap, item), extra)
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    try:
        _sift_toward_leaves(heap, 0)
    except BaseException:
        del smallest  # released before the error propagates, as C's heapreplace does
        raise
    return smallest


def heappushpop(heap=_NO, item=_NO, /, *extra):
    """Add item, then pop and return the smallest item (which may be item itself)."""
    if item is _NO or extra:
        _arity('heappushpop', 2, (heap, item), extra)
    _check(heap, 'heappushpop')
    try:
        smaller = bool(heap) and bool(heap[0] < item)
    except BaseException:
        del item  # C code holds no reference of its own to drop later
        raise
    if smaller:
        item, heap[0] = heap[0], item
        try:
            _sift_toward_leaves(heap, 0)
        except BaseException:
            del item  # the popped item: released before the error propagates
            raise
    return item


def heapify(heap=_NO, /, *extra):
    """Rearrange a list into a heap, in place, in linear time."""
    if heap is _NO or extra:
        _arity('heapify', 1, (heap,), extra)
    _check(heap, 'heapify', True)
    for i in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, i)


def _sift_toward_root(heap, top, pos):
    # The item at `pos` moves up past every larger parent, down to index `top`. Each
    # step swaps, as C's siftdown does, so the list holds every item when a comparison
    # raises.
    while pos > top:
        parent_pos = (pos - 1) >> 1
        if heap[pos] < heap[parent_pos]:
            heap[pos], heap[parent_pos] = heap[parent_pos], heap[pos]
            pos = parent_pos
            continue
        break


def _sift_toward_leaves(heap, pos):
    # The item at `pos` sinks to a leaf along the smaller children without being
    # compared; it then rises from that leaf to its place. This takes fewer comparisons
    # than stopping early, as the item usually belongs low. Swaps, as in C's siftup.
    end = len(heap)
    start = pos
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
        child = 2 * pos + 1
    _sift_toward_root(heap, start, pos)


def _heappop_max(heap):
    _check(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    _check(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heapify_max(x):
    _check(x, '_heapify_max', True)
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves_max(x, i)


def _sift_toward_root_max(heap, top, pos):
    while pos > top:
        parent_pos = (pos - 1) >> 1
        if heap[parent_pos] < heap[pos]:
            heap[pos], heap[parent_pos] = heap[parent_pos], heap[pos]
            pos = parent_pos
            continue
        break


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
        child = 2 * pos + 1
    _sift_toward_root_max(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream, lazily.

    The result equals sorted(itertools.chain(*iterables), key=key, reverse=reverse)
    when each input is sorted that way; equal items keep their input order."""
    # Entries are [sort key, input number, value, iterator]: the input number breaks
    # ties so equal items leave in input order, and is negated when reversed so that
    # order holds under the reversed comparison too.
    sign = -1 if reverse else 1
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), number * sign, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)


def _select(n, iterable, key, largest):
    """The n smallest (or largest) items, found the documented way, so that the
    comparisons made and the lifetime of each key are CPython's: min()/max() for one
    item, sorted() when n covers a sized input, otherwise one pass keeping a heap of the
    n best (key, arrival, item) entries, worst on top, replaced as better ones come."""
    if n == 1:
        missing = object()
        best = (max if largest else min)(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    # Arrival numbers count up for the smallest and down for the largest, so that of
    # equal keys the earlier item wins either way; range() first, so that zip() takes no
    # item beyond the n-th.
    numbers = range(0, -n, -1) if largest else range(n)
    if key is None:
        chosen = [(item, number) for number, item in zip(numbers, it)]
    else:
        chosen = [(key(item), number, item) for number, item in zip(numbers, it)]
    if not chosen:
        return chosen
    if largest:
        heapify(chosen)
        replace = heapreplace
    else:
        _heapify_max(chosen)
        replace = _heapreplace_max
    worst = chosen[0][0]
    number = -n if largest else n
    step = -1 if largest else 1
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(chosen, (k, number) if key is None else (k, number, item))
            if key is None:
                worst, _number = chosen[0]
            else:
                worst, _number, _item = chosen[0]
            number += step
    chosen.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in chosen]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _select(n, iterable, key, True)
