# sched: a scheduler driven by a fake clock.
import sched


class Clock:
    def __init__(self):
        self.now = 0.0
        self.log = []

    def time(self):
        return self.now

    def sleep(self, delay):
        self.log.append(delay)
        self.now += delay


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
out = []


def act(name, *extra, **kw):
    out.append((clock.now, name, extra, kw))


print(s.empty(), s.queue, s.run())
e1 = s.enter(10, 1, act, ('ten',))
e2 = s.enter(5, 2, act, ('five-low',))
e3 = s.enter(5, 1, act, ('five-high',), {'k': 1})
e4 = s.enterabs(5, 1, act, argument=('five-high-2',))
e5 = s.enterabs(20, 0, act, kwargs={'name': 'twenty'})
print(s.empty(), len(s.queue))
for ev in s.queue:
    print(ev.time, ev.priority, ev.action.__name__, ev.argument, ev.kwargs)
print(e1 < e2, e3 < e4, e2 < e3, e1 == e1, e3.time == e4.time)
s.cancel(e1)
try:
    s.cancel(e1)
except ValueError as e:
    print('ValueError', e)
s.run()
for item in out:
    print(item)
print(clock.now, clock.log, s.empty())

# Non-blocking runs return the time until the next event.
out.clear()
clock.now = 100.0
s.enter(3, 1, act, ('a',))
s.enter(7, 1, act, ('b',))
print(s.run(blocking=False))
clock.now = 104.0
print(s.run(False), [o[1] for o in out])
clock.now = 200.0
print(s.run(False), [o[1] for o in out], s.empty())

# Events scheduled by events; an action that raises leaves the rest queued.
def chain(n):
    out.append(n)
    if n:
        s.enter(1, 1, chain, (n - 1,))


out.clear()
s.enter(0, 1, chain, (3,))
s.run()
print(out)


def boom():
    raise RuntimeError('boom')


s.enter(1, 1, boom)
s.enter(2, 1, act, ('after',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s.queue))
s.run()
print(out[-1][1])

E = sched.Event
ev = E(1, 2, 3, print, (), {})
print(ev, E._fields, E.__doc__)
print(E.time.__doc__)
print(E.sequence.__doc__)
print(sched.__all__)
try:
    s.enter(1, 1)
except TypeError as e:
    print('TypeError', e)
