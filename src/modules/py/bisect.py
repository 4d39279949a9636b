"""Bisection algorithms.

refpy's own implementation of the documented behaviour of CPython 3.11's bisect
module. Items are compared with `<` only; `key` applies to the items of `a`, not to x.
"""

_SSIZE_MAX = (1 << 63) - 1


def _index(v):
    """`PyNumber_Index`, without importing `operator`."""
    try:
        convert = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return convert(v)


def _bounds(a, lo, hi):
    # CPython's clinic converts both bounds to C `Py_ssize_t`: `lo` as an index (an
    # int too large overflows), `hi` as an index or None, where -1 (None's value) means
    # len(a).
    if type(lo) is not int:
        lo = _index(lo)
    if not -_SSIZE_MAX - 1 <= lo <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is not None:
        if not hasattr(type(hi), '__index__'):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__)
        if type(hi) is not int:
            hi = _index(hi)
        if not -_SSIZE_MAX - 1 <= hi <= _SSIZE_MAX:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x in the sorted list a, after any items equal to x.

    Only a[lo:hi] is searched (hi defaults to len(a)); key, when given, is applied
    to the items of a."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x in the sorted list a, before any items equal to x.

    Only a[lo:hi] is searched (hi defaults to len(a)); key, when given, is applied
    to the items of a."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    k = x if key is None else key(x)
    lo = bisect_right(a, k, lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    k = x if key is None else key(x)
    lo = bisect_left(a, k, lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
