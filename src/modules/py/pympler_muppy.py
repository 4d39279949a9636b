"""pympler.muppy for refpy: lists of the live objects (from the collector), filters,
sizes and differences."""

import gc
from inspect import isframe, stack
from sys import getsizeof

from pympler import summary

_Py_TPFLAGS_HAVE_GC = 1 << 14


def ignore_object(obj):
    try:
        return isframe(obj)
    except ReferenceError:
        return True


def _remove_duplicates(objects):
    seen = set()
    result = []
    for item in objects:
        marker = id(item)
        if marker not in seen:
            seen.add(marker)
            result.append(item)
    return result


def get_objects(remove_dups=True, include_frames=False):
    """All objects the collector tracks (frames left out) and the untracked objects
    they refer to directly, after a collection."""
    gc.collect()
    tracked = [o for o in gc.get_objects() if not ignore_object(o)]
    res = []
    for o in tracked:
        for ref in gc.get_referents(o):
            if not gc.is_tracked(ref):
                res.append(ref)
    res.extend(tracked)
    if remove_dups:
        res = _remove_duplicates(res)
    if include_frames:
        for info in stack()[2:]:
            res.append(info[0])
    return res


def get_size(objects):
    """The sum of sys.getsizeof over the objects."""
    res = 0
    for o in objects:
        try:
            res += getsizeof(o)
        except AttributeError:
            print("IGNORING: type=%s; o=%s" % (str(type(o)), str(o)))
    return res


def _in_list(obj, objects):
    for o in objects:
        if o is obj:
            return True
    return False


def get_diff(left, right):
    """{'+': objects only in right, '-': objects only in left}, by identity."""
    def partition(objects):
        res = {}
        for o in objects:
            res.setdefault(type(o), []).append(o)
        return res

    def not_included(objects, parts):
        res = []
        for o in objects:
            if not _in_list(type(o), parts) or not _in_list(o, parts[type(o)]):
                res.append(o)
        return res

    left_parts = partition(left)
    right_parts = partition(right)
    return {'+': not_included(right, left_parts), '-': not_included(left, right_parts)}


def sort(objects):
    """The objects sorted by sys.getsizeof."""
    return sorted(objects, key=getsizeof)


def filter(objects, Type=None, min=-1, max=-1):
    """The objects of type `Type` whose size is above `min` and below `max`."""
    if min > max and max > -1:
        raise ValueError("minimum must be smaller than maximum")
    if Type is not None:
        objects = [o for o in objects if isinstance(o, Type)]
    if min > -1:
        objects = [o for o in objects if getsizeof(o) > min]
    if max > -1:
        objects = [o for o in objects if getsizeof(o) < max]
    return objects


def get_referents(object, level=1):
    """The referents of the object down to `level`, without duplicates."""
    res = gc.get_referents(object)
    level -= 1
    if level > 0:
        for o in res:
            res.extend(get_referents(o, level))
    return _remove_duplicates(res)


def _is_containerobject(o):
    flags = getattr(type(o), '__flags__', None)
    if isinstance(flags, int):
        return bool(flags & _Py_TPFLAGS_HAVE_GC)
    try:
        return getsizeof(o) > o.__sizeof__()
    except Exception:
        return False


def print_summary():
    """Print the summary of all live objects."""
    summary.print_(summary.summarize(get_objects()))
