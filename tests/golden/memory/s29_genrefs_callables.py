# Counts a callable sees of itself while builtins and builtin iterators call it: the
# C code borrows the function (and a keyword argument), so only the caller's
# references show.
import sys

rc = sys.getrefcount
rec = []


class D:
    def __init__(self, i):
        self.i = i

    def __lt__(self, o):
        return self.i < o.i


class Fn:
    def __call__(self, *a):
        rec.append(rc(self))
        return a[0] if a else 0


def fcall(name, cons):
    global fn
    rec.clear()
    fn = Fn()
    r = cons()
    del r
    fn = None
    print(f'{name:14} {rec}')


fcall('direct', lambda: fn(D(1)))
fcall('map', lambda: list(map(fn, [D(1), D(2)])))
fcall('map2', lambda: list(map(fn, [D(1)], [D(2)])))
fcall('filter', lambda: list(filter(fn, [D(1), D(2)])))
fcall('sorted_key', lambda: sorted([D(1), D(2)], key=fn))
fcall('min_key', lambda: min([D(1), D(2)], key=fn))
fcall('max_key', lambda: max([D(1), D(2)], key=fn))
fcall('max_args_key', lambda: max(D(1), D(2), D(3), key=fn))
