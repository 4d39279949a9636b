# Locks, RLocks, semaphores and conditions as threads use them.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(1000,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter, lock.locked())

print(type(lock).__name__, type(lock).__module__, repr(lock).split(' at ')[0])
print(lock.acquire(), lock.locked(), repr(lock).split(' at ')[0])
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
for bad in (lambda: lock.release(), lambda: lock.acquire(False, 1),
            lambda: lock.acquire(timeout=-5)):
    try:
        bad()
    except (RuntimeError, ValueError) as exc:
        print(type(exc).__name__, exc)

rlock = threading.RLock()
with rlock:
    with rlock:
        print(repr(rlock).split(' owner=')[0], repr(rlock).split(' count=')[1].split()[0])
print(repr(rlock).split(' at ')[0])
try:
    rlock.release()
except RuntimeError as exc:
    print('RuntimeError', exc)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(repr(sem).split(': ')[1])
bsem = threading.BoundedSemaphore(1)
with bsem:
    print('inside', repr(bsem).split(': ')[1])
for bad in (bsem.release, lambda: sem.release(0), lambda: threading.Semaphore(-1),
            lambda: sem.acquire(False, 3)):
    try:
        bad()
    except ValueError as exc:
        print('ValueError', exc)

cond = threading.Condition()
items = []


def produce(i):
    with cond:
        items.append(i)
        cond.notify_all()


for i in range(3):
    threading.Thread(target=produce, args=(i,)).start()
with cond:
    print('wait_for', cond.wait_for(lambda: len(items) == 3, timeout=1), items)
    print('wait timeout', cond.wait(timeout=0.01))
    cond.notify()
print(repr(cond).startswith('<Condition(<unlocked _thread.RLock'))
for bad in (cond.wait, cond.notify):
    try:
        bad()
    except RuntimeError as exc:
        print('RuntimeError', exc)
plain = threading.Condition(threading.Lock())
with plain:
    print('plain', plain.wait(0.01), plain.wait_for(lambda: 'ok'))
