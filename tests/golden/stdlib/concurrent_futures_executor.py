# ThreadPoolExecutor and ProcessPoolExecutor used the usual ways.
import concurrent.futures as cf
import threading


def square(x):
    if x == 3:
        raise ValueError(f'bad {x}')
    return x * x


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, i) for i in range(5)]
    for i, f in enumerate(futures):
        try:
            print(i, f.result(timeout=5), f.done(), f.running(), f.cancelled())
        except ValueError as exc:
            print(i, 'raised', repr(exc), repr(f.exception()))
    print(list(pool.map(abs, [-1, -2, 3], timeout=5)))
    print(list(pool.map(pow, [2, 3], [5, 2], chunksize=2)))
    results = pool.map(square, range(5))
    print(next(results), next(results), next(results))
    try:
        next(results)
    except ValueError as exc:
        print('map raised', exc)
    print(sorted(f.result() for f in cf.as_completed([pool.submit(len, 'ab'),
                                                      pool.submit(len, 'abc')])))
    done, not_done = cf.wait([pool.submit(sum, [1, 2]), pool.submit(min, 4, 2)])
    print(sorted(f.result() for f in done), not_done)
    print(pool.submit(lambda *a, **k: (a, k), 1, 2, key='v').result())
try:
    pool.submit(print, 'never')
except RuntimeError as exc:
    print('RuntimeError', exc)

single = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='solo')
names = {single.submit(lambda: threading.current_thread().name).result() for _ in range(3)}
print(names, single._max_workers)
single.shutdown(wait=True)

state = {}


def init(tag):
    state[threading.current_thread().name] = tag


with cf.ThreadPoolExecutor(1, initializer=init, initargs=('ready',)) as inited:
    inited.submit(print, 'task ran').result()
print(sorted(state.values()))

for bad in (lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(-1),
            lambda: cf.ThreadPoolExecutor(2, initializer='x'),
            lambda: cf.ProcessPoolExecutor(max_workers=0)):
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)


def broken_init():
    raise OSError('no init')


import logging
logging.disable(logging.CRITICAL)
broken = cf.ThreadPoolExecutor(1, initializer=broken_init)
f = broken.submit(print, 'unreachable')
print(type(f.exception(timeout=5)).__name__, f.exception())
try:
    broken.submit(print)
except cf.BrokenExecutor as exc:
    print(type(exc).__name__, exc)
logging.disable(logging.NOTSET)

if __name__ == '__main__':
    with cf.ProcessPoolExecutor(max_workers=2) as procs:
        print(list(procs.map(square, [1, 2], chunksize=1)))
        print(procs.submit(pow, 2, 10).result())
        try:
            procs.map(square, [1], chunksize=0)
        except ValueError as exc:
            print('ValueError', exc)
    print(pool._max_workers > 0, cf.ThreadPoolExecutor()._max_workers > 0)
