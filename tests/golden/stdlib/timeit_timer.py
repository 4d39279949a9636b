# Timer.timeit/autorange with fake timers, which make the results exact.
import timeit

# a fake timer makes results exact
ticks = iter(range(0, 1000, 5))
fake = lambda: next(ticks)
print(timeit.Timer('pass', timer=fake).timeit(number=7))
readings = iter([0.0, 0.01, 1.0, 1.05, 2.0, 2.1, 3.0, 3.25, 9.0, 9.5])
t = timeit.Timer('pass', timer=lambda: next(readings))
trials = []
number, taken = t.autorange(callback=lambda n, tt: trials.append((n, round(tt, 6))))
print(number, round(taken, 6), trials)
readings = iter([0.0, 0.5])
print(timeit.Timer('pass', timer=lambda: next(readings)).autorange())
number, taken = timeit.Timer().autorange()
print(type(number).__name__, number >= 1, taken >= 0.2)


# The setup runs once per timeit() call; the statement `number` times.
import gc
log = []
t = timeit.Timer(lambda: log.append('stmt'), setup=lambda: log.append('setup'),
                 timer=lambda: 0)
print(t.timeit(number=3), log)
log.clear()
print(t.repeat(repeat=2, number=2), log)

# The collector is off while timing, and on again afterwards.
states = []
t = timeit.Timer(lambda: states.append(gc.isenabled()))
t.timeit(number=2)
print(states, gc.isenabled())
gc.disable()
t.timeit(number=1)
print(gc.isenabled())
gc.enable()

# Names the statement assigns are locals of the generated function.
ns = {'seen': []}
timeit.timeit('value = 5; seen.append(value)', number=2, globals=ns)
print(ns['seen'], 'value' in ns)
timeit.timeit('seen.append(n)', setup='n = 42', number=1, globals=ns)
print(ns['seen'])
counter = {'n': 0}
def bump():
    counter['n'] += 1
print(timeit.repeat(bump, repeat=3, number=4, timer=lambda: 1.5), counter)
