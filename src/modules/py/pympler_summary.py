"""pympler.summary for refpy: summaries of object lists, as rows
[type name, number of objects, total size], their differences and a table printer."""

import re
import sys
import types

from sys import getsizeof

representations = {}


def _init_representations():
    # Each type's representations, by increasing verbosity; the others use str(type).
    representations[types.FrameType] = [
        lambda f: "frame (codename: %s)" % (f.f_code.co_name),
        lambda f: "frame (codename: %s, codeline: %s)" % (
            f.f_code.co_name, f.f_code.co_firstlineno),
        lambda f: "frame (codename: %s, filename: %s, codeline: %s)" % (
            f.f_code.co_name, f.f_code.co_filename, f.f_code.co_firstlineno),
    ]
    representations[dict] = [
        lambda d: str(type(d)),
        lambda d: "dict, len=%s" % len(d),
    ]
    representations[types.FunctionType] = [
        lambda f: "function (%s)" % f.__name__,
        lambda f: "function (%s.%s)" % (f.__module__, f.__name__),
    ]
    representations[list] = [
        lambda l: str(type(l)),
        lambda l: "list, len=%s" % len(l),
    ]
    representations[types.ModuleType] = [
        lambda m: "module(%s)" % getattr(
            m, '__name__', getattr(m, '__file__', 'nameless, id: %d' % id(m))),
    ]
    representations[set] = [
        lambda s: str(type(s)),
        lambda s: "set, len=%s" % len(s),
    ]


_init_representations()

type_repr = re.compile(r"^<(type|class) '(\S+)'>$")
address = re.compile(r' at 0x[0-9a-f]+')


def _repr(o, verbosity=1):
    """The name a summary uses for the kind of object o."""
    t = type(o)
    if verbosity == 0 or t not in representations:
        res = str(t)
    else:
        forms = representations[t]
        level = min(verbosity - 1, len(forms) - 1)
        res = forms[level](o)
    res = address.sub('', res)
    return type_repr.sub(r'\2', res)


def summarize(objects):
    """Rows [type name, count, total sys.getsizeof] for the objects, one per kind,
    in the order the kinds first appear."""
    count = {}
    total = {}
    for o in objects:
        key = _repr(o)
        if key in count:
            count[key] += 1
            total[key] += getsizeof(o)
        else:
            count[key] = 1
            total[key] = getsizeof(o)
    return [[key, count[key], total[key]] for key in count]


def get_diff(left, right):
    """The rows of `right` minus the rows of `left`, by type name."""
    res = []
    right_by_key = dict((r[0], r) for r in right)
    left_by_key = dict((r[0], r) for r in left)
    keys = set(right_by_key)
    keys.update(left_by_key)
    for key in keys:
        r = right_by_key.get(key)
        l = left_by_key.get(key)
        if l and r:
            res.append([key, r[1] - l[1], r[2] - l[2]])
        elif r:
            res.append(r)
        elif l:
            res.append([key, -l[1], -l[2]])
    return res


def _pp(i, base=1024):
    degree = 0
    pattern = "%4d     %s"
    while i > base:
        pattern = "%7.2f %s"
        i = i / float(base)
        degree += 1
    return pattern % (i, ['B', 'KB', 'MB', 'GB', 'TB', 'EB'][degree])


def format_(rows, limit=15, sort='size', order='descending'):
    """The lines of the summary table (a generator): at most `limit` rows sorted by
    'size', 'type' or '#', 'ascending' or 'descending'."""
    local = [list(row) for row in rows]
    sortby = ['type', '#', 'size']
    if sort not in sortby:
        raise ValueError("invalid sort, should be one of" + str(sortby))
    orders = ['ascending', 'descending']
    if order not in orders:
        raise ValueError("invalid order, should be one of" + str(orders))
    reverse = order == 'descending'
    if sort == 'type':
        local.sort(key=lambda x: _repr(x[0]), reverse=reverse)
    else:
        column = sortby.index(sort)
        local.sort(key=lambda x: x[column], reverse=reverse)
    local = local[0:limit]
    for row in local:
        row[2] = _pp(row[2])
    local.insert(0, ["types", "# objects", "total size"])
    return _format_table(local)


def _format_table(rows, header=True):
    widths = [max([len(str(item)) + 2 for item in col]) for col in zip(*rows)]
    border = " | ".join(['=' * w for w in widths])
    for row in rows:
        yield " | ".join([str(item).rjust(width) for item, width in zip(row, widths)])
        if header:
            yield border
            header = False


def print_(rows, limit=15, sort='size', order='descending'):
    """Print the summary table of the rows."""
    for line in format_(rows, limit=limit, sort=sort, order=order):
        print(line)


def _traverse(summary, function, *args):
    function(summary, *args)
    for row in summary:
        function(row, *args)
        for item in row:
            function(item, *args)


def _subtract(summary, o):
    """Remove the object o from the summary: its row loses one object and its size."""
    key, size = _repr(o), getsizeof(o)
    found = False
    for r in summary:
        if r[0] == key:
            r[1], r[2] = r[1] - 1, r[2] - size
            found = True
    if not found:
        summary.append([key, -1, -size])
    return summary


def _sweep(summary):
    """The rows whose count or size is not zero."""
    return [row for row in summary if row[2] != 0 or row[1] != 0]
