# The Future object itself, wait() and as_completed() with unfinished futures.
import concurrent.futures as cf
from concurrent.futures import Future

events = []
f = Future()
f.add_done_callback(lambda fut: events.append(('cb', fut.result())))
print(repr(f).split()[-1], f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except cf.TimeoutError as exc:
    print('TimeoutError', type(exc) is TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print('exception() timed out')
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), repr(f).split()[-1])
f.set_result([1, 2])
print(events, f.result(), f.exception(), repr(f).split('state=')[1])
f.add_done_callback(lambda fut: events.append('late'))
print(events[-1])
try:
    f.set_result(3)
except cf.InvalidStateError as exc:
    print('InvalidStateError', str(exc).split(':')[0])

bad = Future()
bad.set_exception(KeyError('k'))
print(repr(bad).split('state=')[1], repr(bad.exception()))
try:
    bad.result()
except KeyError as exc:
    print('KeyError raised', exc)

c = Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), repr(c).split('state=')[1])
for method in (c.result, c.exception):
    try:
        method()
    except cf.CancelledError as exc:
        print('CancelledError', type(exc).__mro__[1].__name__)
print(c.set_running_or_notify_cancel(), c._state)
try:
    c.set_running_or_notify_cancel()
except RuntimeError as exc:
    print('RuntimeError', exc)

pending = Future()
finished = Future()
finished.set_result('ok')
failed = Future()
failed.set_exception(ValueError('v'))
res = cf.wait([pending, finished], timeout=0.01)
print(type(res).__name__, len(res.done), len(res.not_done), res.done == {finished})
res = cf.wait([pending, finished], return_when=cf.FIRST_COMPLETED)
print(res.done == {finished}, res.not_done == {pending})
res = cf.wait([pending, failed, finished], timeout=5, return_when=cf.FIRST_EXCEPTION)
print(len(res.done), res.not_done == {pending})
res = cf.wait([failed, finished], return_when=cf.ALL_COMPLETED)
print(len(res.done), res.not_done)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

seen = []
try:
    for fut in cf.as_completed([pending, finished, failed, finished], timeout=0.02):
        seen.append(fut is finished or fut is failed)
except cf.TimeoutError as exc:
    print('as_completed', seen, exc)
print(Future[int], issubclass(cf.BrokenExecutor, RuntimeError))


def fail_cb(fut):
    raise RuntimeError('callback failed')


import logging
logging.disable(logging.CRITICAL)
ok = Future()
ok.add_done_callback(fail_cb)
ok.add_done_callback(lambda fut: events.append('after failing callback'))
ok.set_result(None)
logging.disable(logging.NOTSET)
print(events[-1], ok.result())
