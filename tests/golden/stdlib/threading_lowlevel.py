# The _thread module: locks, idents and start_new_thread.
import _thread
import threading

done = _thread.allocate_lock()
print(type(done) is _thread.LockType, _thread.LockType.__name__, _thread.error)
results = []


def work(a, b, *, c=0):
    results.append((a + b + c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
print(main_ident == threading.main_thread().ident, main_ident == threading.get_ident())
for args, kwargs in (((1, 2), None), ((3, 4), {'c': 5})):
    done.acquire()
    ident = _thread.start_new_thread(work, args, *([kwargs] if kwargs else []))
    print(isinstance(ident, int))
with done:
    print(results)

with_lock = _thread.allocate_lock()
print(with_lock.acquire_lock(), with_lock.locked_lock(), with_lock.acquire(0))
with_lock.release_lock()
print(with_lock.locked())
try:
    with_lock.release()
except _thread.error as exc:
    print('error', exc)

rlock = _thread.RLock()
print(rlock.acquire(), rlock.acquire(), rlock._is_owned())
rlock.release()
rlock.release()
print(rlock._is_owned())

for bad in ((len, [1]), (print, (), 3), (1, ())):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as exc:
        print('TypeError', exc)
print(_thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(1000)
except ValueError as exc:
    print('ValueError', exc)
print(type(_thread.TIMEOUT_MAX).__name__, isinstance(_thread.get_native_id(), int))
try:
    _thread.exit()
except SystemExit as exc:
    print('SystemExit', exc.args)

names = []
finished = _thread.allocate_lock()
finished.acquire()


def dummy():
    names.append(threading.current_thread().name.startswith('Dummy-'))
    finished.release()


_thread.start_new_thread(dummy, ())
finished.acquire()
print(names)
