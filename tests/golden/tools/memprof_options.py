# profile(precision=...), profile(stream=...), methods, nested profiled calls,
# exceptions passing through, and a LineProfiler used by hand. Tables go to a
# stream and their MiB figures are blanked (keeping the column widths).
import gc
from memory_profiler import profile, LineProfiler, show_results


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def dump(self, title):
        print('--', title)
        text = ''.join(self.parts)
        self.parts.clear()
        for line in text.split('\n'):
            pieces = line.split(' MiB')
            for i in range(len(pieces) - 1):
                head = pieces[i]
                cut = len(head.rstrip('0123456789.-'))
                cut = len(head[:cut].rstrip(' '))
                pieces[i] = head[:cut] + ' ' * (len(head) - cut - 1) + 'N'
            print(repr(' MiB'.join(pieces)))


out = Collect()


@profile(stream=out, precision=3)
def precise():
    x = [1] * 10
    return len(x)


@profile(stream=out)
def args(a, b=2, *rest, **kw):
    s = a + b
    return s, rest, sorted(kw)


class Shape:
    @profile(stream=out)
    def area(self, w, h):
        r = w * h
        return r

    @staticmethod
    @profile(stream=out)
    def unit(): return 1


@profile(stream=out)
def inner(k):
    return k + 1


@profile(stream=out)
def outer():
    v = inner(1)
    w = inner(v)
    return w


@profile(stream=out)
def fails():
    x = 1
    raise ValueError('boom')


print('precise ->', precise())
out.dump('precise')
print('args ->', args(1, 3, 4, 5, z=1, y=2))
out.dump('args')
print('area ->', Shape().area(3, 4))
out.dump('area')
print('unit ->', Shape.unit())
out.dump('unit')
print('outer ->', outer())
out.dump('outer')
try:
    fails()
except ValueError as e:
    print('caught', e)
out.dump('fails')


def plain(n):
    acc = []
    for i in range(n):
        acc.append(i)
    return len(acc)


lp = LineProfiler()
wrapped = lp(plain)
print('plain ->', wrapped(3), wrapped(2))
show_results(lp, stream=out)
out.dump('plain')

# Free the class (and the closures over `out` in its dict) before teardown.
del Shape
gc.collect()
