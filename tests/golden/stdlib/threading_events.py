# Events, barriers and timers whose outcome does not depend on scheduling.
import threading

ready = threading.Event()
print(repr(ready).split(': ')[1], ready.is_set(), ready.wait(0.01))


def setter():
    ready.set()


threading.Thread(target=setter).start()
print('after setter', ready.is_set(), ready.wait(), ready.wait(1))
ready.clear()
print('cleared', ready.is_set(), repr(ready).split(': ')[1])

calls = []
barrier = threading.Barrier(1, action=lambda: calls.append('action'))
print(barrier.parties, barrier.n_waiting, barrier.broken, barrier.wait(), calls)
print(repr(barrier).split(': ')[1])
two = threading.Barrier(2)
try:
    two.wait(timeout=0.01)
except threading.BrokenBarrierError as exc:
    print('broken', type(exc).__mro__[1].__name__, two.broken, repr(two).split(': ')[1])
try:
    two.wait()
except threading.BrokenBarrierError:
    print('still broken')
two.reset()
print('reset', two.broken)
two.abort()
print('aborted', two.broken)

fired = []
timer = threading.Timer(0.02, fired.append, args=['timer 1'])
print(repr(timer), timer.interval, timer.function is fired.append)
timer.start()
timer.join()
print(fired, timer.is_alive(), timer.finished.is_set())

never = threading.Timer(0.01, fired.append, args=['cancelled before start'])
never.cancel()
never.start()
never.join()
later = threading.Timer(30, fired.append, args=['cancelled after start'])
later.start()
print('alive while waiting', later.is_alive(), later in threading.enumerate())
later.cancel()
later.join()
print(fired, later.is_alive())

go = threading.Event()
threading.Timer(0.02, go.set).start()
print('timer set the event', go.wait(5))

done = threading.Event()
kw = threading.Timer(0.01, lambda **kw: (fired.append(kw), done.set()), kwargs={'x': 1})
kw.start()
done.wait()
kw.join()
print(fired[-1], threading.active_count())

order = []
slow = threading.Timer(0.05, order.append, args=['slow'])
fast = threading.Timer(0.01, order.append, args=['fast'])
slow.start()
fast.start()
slow.join()
fast.join()
print(order)
