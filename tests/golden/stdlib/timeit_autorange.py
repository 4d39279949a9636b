# timeit: autorange's series and callback, repeat/timeit argument forms, print_exc,
# and what a Timer keeps alive.
import gc
import io
import sys
import timeit
import weakref


class Clock:
    """A fake timer: each read advances by `step`, and each statement run by `cost`."""

    def __init__(self, step, cost):
        self.now = 0.0
        self.step = step
        self.cost = cost

    def __call__(self):
        self.now += self.step
        return self.now

    def work(self):
        self.now += self.cost


for step, cost in [(0.0, 0.01), (0.25, 0.0), (0.001, 0.0005), (0.0, 0.2), (0.0, 0.00003)]:
    clock = Clock(step, cost)
    seen = []
    t = timeit.Timer(clock.work, timer=clock)
    number, taken = t.autorange(lambda n, tt: seen.append((n, round(tt, 6))))
    print(number, round(taken, 6), seen)
clock = Clock(0.0, 0.1)
print(timeit.Timer(clock.work, timer=clock).autorange())
print(timeit.Timer(clock.work, timer=clock).autorange(callback=None)[0])

clock = Clock(1.0, 0.0)
t = timeit.Timer('pass', timer=clock)
print(timeit.Timer.timeit.__defaults__, timeit.Timer.repeat.__defaults__)
print(t.timeit(0), t.timeit(number=5), t.timeit(-1), t.timeit(True))
print(t.repeat(1, 1), t.repeat(number=2), t.repeat(0, 9), t.repeat(repeat=3, number=0))
for bad in [dict(number=1.5), dict(number='3'), dict(number=None)]:
    try:
        t.timeit(**bad)
    except TypeError as e:
        print('TypeError', e)
try:
    t.repeat(2.5)
except TypeError as e:
    print('TypeError', e)
print(timeit.timeit(timer=clock, number=0), timeit.repeat(timer=clock, repeat=1, number=1))

# print_exc shows the generated lines of the failing statement.
t = timeit.Timer('a = 1\nb = [][a]', setup='z = 0')
try:
    t.timeit(3)
except IndexError:
    out = io.StringIO()
    t.print_exc(out)
    text = out.getvalue().splitlines()
    print(text[0], '|', text[-1])
    print([line.strip() for line in text if 'timeit-src' in line or line.strip() == 'b = [][a]'])
print(gc.isenabled())

# The Timer holds its callables through `inner`'s defaults; they die with it.
class Work:
    def __call__(self):
        pass

w = Work()
r = weakref.ref(w)
t = timeit.Timer(w, timer=lambda: 0)
del w
print(r() is not None, sys.getrefcount(r()) - 1)
del t
print(r())
