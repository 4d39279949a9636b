"""Functional tools for creating and using iterators.

refpy's own implementation of the documented behaviour of CPython 3.11's itertools. Every
tool is a class whose instances are their own iterators, and each consumes its inputs at
the moments CPython's does: what is read at construction and what only on next().
"""

import sys as _sys
from sys import getrefcount as _getrefcount
from _collections import deque as _deque

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_maxsize = 9223372036854775807


# ---- argument checking shared by the constructors ----

def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(name + '() takes no keyword arguments')


def _positional(name, args, kwargs, low, high):
    """Arguments of a tool that takes `low` to `high` positional arguments only."""
    _no_keywords(name, kwargs)
    n = len(args)
    if low <= n <= high:
        return
    if low == high:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, low, '' if low == 1 else 's', n))
    if n < low:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (name, low, '' if low == 1 else 's', n))
    raise TypeError('%s expected at most %d argument%s, got %d'
                    % (name, high, '' if high == 1 else 's', n))


def _bind(name, args, kwargs, names, required):
    """Positional-or-keyword arguments `names`, the first `required` of them mandatory;
    missing optional ones come back as `_missing`."""
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's',
                           len(args) + len(kwargs)))
    values = list(args) + [_missing] * (len(names) - len(args))
    for i in range(len(args), len(names)):
        if names[i] in kwargs:
            values[i] = kwargs[names[i]]
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[i], i + 1))
    for key in kwargs:
        if key not in names:
            raise TypeError('%r is an invalid keyword argument for %s()' % (key, name))
        i = names.index(key)
        if i < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, i + 1))
    return values


_missing = object()


def _index(value):
    """`value` as an int through __index__, with CPython's message for other types."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


def _same(a, b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==."""
    return a is b or bool(a == b)


# ---- infinite iterators ----

class count:
    """Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""

    __slots__ = ('_cnt', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _bind('count', args, kwargs, ('start', 'step'), 0)
        if start is _missing:
            start = 0
        if step is _missing:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        # CPython counts an int start with an int step of 1 in machine integers: the
        # values come out as plain ints even when start is a bool.
        if (isinstance(start, int) and isinstance(step, int) and step == 1
                and -_maxsize - 1 <= start <= _maxsize):
            start = int(start)
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        if isinstance(self._step, int) and self._step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, self._step))

_sys._c_layout(count, 40, False, False)
_sys._c_type_name(count)  # immutable, 'itertools.count' in messages


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ('_it', '_saved', '_index')

    def __new__(cls, *args, **kwargs):
        _positional('cycle', args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            try:
                item = next(it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item

_sys._c_layout(cycle, 48, False, False)
_sys._c_type_name(cycle)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __slots__ = ('_element', '_cnt')

    def __new__(cls, *args, **kwargs):
        element, times = _bind('repeat', args, kwargs, ('object', 'times'), 1)
        if times is _missing:
            cnt = -1
        else:
            cnt = _index(times)
            if cnt < 0:
                cnt = 0
        self = object.__new__(cls)
        self._element = element
        self._cnt = cnt
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return (type(self), (self._element,))
        return (type(self), (self._element, self._cnt))


# ---- iterators terminating on the shortest input ----

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    # `accumulate_dealloc` releases the function, the running total, the iterator, then
    # the initial value; slots are released in the sorted order of their names.
    __slots__ = ('_a_func', '_b_total', '_c_it', '_d_initial')

    def __new__(cls, *args, **kwargs):
        initial = kwargs.pop('initial', None) if 'initial' in kwargs else None
        iterable, func = _bind('accumulate', args, kwargs, ('iterable', 'func'), 1)
        if func is _missing:
            func = None
        self = object.__new__(cls)
        self._c_it = iter(iterable)
        self._a_func = func
        self._b_total = _missing
        self._d_initial = initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._d_initial is not None:
            self._b_total = self._d_initial
            self._d_initial = None
            return self._b_total
        value = next(self._c_it)
        total = self._b_total
        if total is _missing:
            self._b_total = value
            return value
        if self._a_func is None:
            total = total + value
        else:
            total = self._a_func(total, value)
        self._b_total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __slots__ = ('_source', '_active')

    def __new__(cls, *args, **kwargs):
        _no_keywords('chain', kwargs)
        self = object.__new__(cls)
        self._source = iter(args)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument (%d given)'
                            % len(args))
        self = object.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                except BaseException:
                    self._source = None
                    raise
                try:
                    self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    @classmethod
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""

    __slots__ = ('_data', '_selectors')

    def __new__(cls, *args, **kwargs):
        data, selectors = _bind('compress', args, kwargs, ('data', 'selectors'), 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        # As `compress_next`: the selector goes right after its truth test, a datum whose
        # selector is false (or missing, or failing) right after that. No other local
        # holds an item: a raising `next` leaves a traceback that keeps this frame.
        while True:
            datum = next(self._data)
            try:
                selector = next(self._selectors)
            except BaseException:
                del datum
                raise
            try:
                ok = True if selector else False
            except BaseException:
                del selector, datum
                raise
            del selector
            if ok:
                return datum
            del datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ('_predicate', '_it', '_dropped')

    def __new__(cls, *args, **kwargs):
        _positional('dropwhile', args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._dropped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if self._dropped:
                return item
            if not self._predicate(item):
                self._dropped = True
                return item


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ('_function', '_it')

    def __new__(cls, *args, **kwargs):
        _positional('filterfalse', args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._function = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        function = self._function
        while True:
            item = next(it)
            if function is None or function is bool:
                ok = item
            else:
                ok = function(item)
            if not ok:
                return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __new__(cls, *args, **kwargs):
        iterable, key = _bind('groupby', args, kwargs, ('iterable', 'key'), 1)
        self = object.__new__(cls)
        self._keyfunc = None if key is _missing else key
        self._it = iter(iterable)
        self._tgtkey = _missing
        self._currkey = _missing
        self._currvalue = _missing
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _missing:
                pass
            elif self._tgtkey is _missing:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __new__(cls, parent, tgtkey):
        if type(parent) is not groupby and not isinstance(parent, groupby):
            raise TypeError('_grouper() argument 1 must be itertools.groupby, not %s'
                            % type(parent).__name__)
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        # CPython keeps a borrowed pointer here: compare by id so that
        # the parent does not own its grouper (no reference cycle).
        parent._currgrouper = id(self)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper != id(self):
            raise StopIteration
        if parent._currvalue is _missing:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _missing
        parent._currkey = _missing
        return value


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __new__(cls, *args, **kwargs):
        _positional('islice', args, kwargs, 2, 4)
        start = 0
        step = 1
        stop = -1
        if len(args) == 2:
            if args[1] is not None:
                stop = _slice_index(args[1], -1)
                if stop < 0:
                    raise ValueError('Stop argument for islice() must be None or an '
                                     'integer: 0 <= x <= sys.maxsize.')
        else:
            if args[1] is not None:
                start = _slice_index(args[1], -1)
            if args[2] is not None:
                stop = _slice_index(args[2], -1)
                if stop < 0:
                    stop = -2
            if start < 0 or stop == -2:
                raise ValueError('Indices for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
            if len(args) == 4 and args[3] is not None:
                step = _slice_index(args[3], -1)
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop != -1 and self._next > stop):
            self._next = stop
        return item


def _slice_index(value, error):
    """An islice() argument as an int; anything that is not an integer gives `error`."""
    if isinstance(value, int):
        return int(value) if value <= _maxsize else error
    index = getattr(type(value), '__index__', None)
    if index is None:
        return error
    value = index(value)
    return value if value <= _maxsize else error


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    __slots__ = ('_it', '_old')

    def __new__(cls, *args, **kwargs):
        _positional('pairwise', args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._old = _missing
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _missing:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _missing
            raise
        result = (self._old, new)
        self._old = new
        return result


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ('_function', '_it')

    def __new__(cls, *args, **kwargs):
        _positional('starmap', args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._function = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ('_predicate', '_it', '_stop')

    def __new__(cls, *args, **kwargs):
        _positional('takewhile', args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._stop = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stop = True
        raise StopIteration


# ---- tee: a shared buffer in blocks, read by every copy at its own pace ----

_TEE_BLOCK = 57


class _teedata:
    # teedataobject_clear releases the iterator, then the values first to last, then
    # the next link. Slots are cleared in sorted name order (as CPython's type_new
    # sorts them), hence `z_nxt`; and a deque, unlike a list, frees its items first
    # to last, as the C array of values is cleared.
    __slots__ = ('it', 'values', 'z_nxt')

    def __init__(self, it):
        self.it = it
        self.values = _deque()
        self.z_nxt = None


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_data', '_index', '__weakref__')

    def __new__(cls, *args, **kwargs):
        _positional('_tee', args, kwargs, 1, 1)
        it = iter(args[0])
        if type(it) is _tee:
            return it.__copy__()
        self = object.__new__(cls)
        self._data = _teedata(it)
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._index >= _TEE_BLOCK:
            if data.z_nxt is None:
                data.z_nxt = _teedata(data.it)
            data = self._data = data.z_nxt
            self._index = 0
        values = data.values
        if self._index < len(values):
            value = values[self._index]
        else:
            value = next(data.it)
            values.append(value)
        self._index += 1
        return value

    def __copy__(self):
        new = object.__new__(type(self))
        new._data = self._data
        new._index = self._index
        return new


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _positional('tee', args, kwargs, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(args[0])
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    return (it,) + tuple(copy() for _ in range(n - 1))


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""

    __slots__ = ('_its', '_active', '_fillvalue', '_result')

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        its = [iter(a) for a in args]
        self = object.__new__(cls)
        self._its = its
        self._active = len(its)
        self._fillvalue = fillvalue
        # `ziplongestobject.result`: the last tuple, kept (with its items) while the
        # iterator lives, and replaced when nobody else holds it.
        self._result = (None,) * len(its)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                item = self._fillvalue
            except BaseException:
                self._active = 0
                raise
            result.append(item)
        result = tuple(result)
        if _getrefcount(self._result) == 2:
            self._result = result
        return result

_sys._c_layout(zip_longest, 56, False, False)
_sys._c_type_name(zip_longest)
_sys._c_type_name(chain)
# Every itertools type is a C type named 'itertools.<name>' in messages
# ("cannot create weak reference to 'itertools.groupby' object").
for _t in (repeat, accumulate, compress, dropwhile, filterfalse, groupby, _grouper,
           islice, pairwise, starmap, takewhile, _tee):
    _sys._c_type_name(_t)
del _t


# ---- combinatoric iterators: native types (modules/itertools.rs) ----

product, permutations, combinations, combinations_with_replacement = _native_types()
del _native_types

del _sys
