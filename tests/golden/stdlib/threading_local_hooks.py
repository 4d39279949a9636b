# threading.local per thread, and what happens to exceptions a thread does not catch.
import io
import sys
import threading

data = threading.local()
data.value = 'main'
seen = {}


def visit(label):
    seen[label] = (hasattr(data, 'value'), getattr(data, 'value', None))
    data.value = label
    seen[label] += (data.value, sorted(data.__dict__))


for label in ('a', 'b'):
    t = threading.Thread(target=visit, args=(label,))
    t.start()
    t.join()
print(sorted(seen.items()), data.value, type(data).__name__, type(data).__module__)


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


counter = Counter(10)
counter.bump()
bumps = []
t = threading.Thread(target=lambda: bumps.append((counter.bump(), counter.bump())))
t.start()
t.join()
print(counter.count, bumps, Counter.created)
try:
    threading.local(1)
except TypeError as exc:
    print('TypeError', exc)
del data.value
print(hasattr(data, 'value'))
try:
    del data.value
except AttributeError as exc:
    print('AttributeError', exc)

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None, type(args).__name__))


def fail(msg):
    raise ValueError(msg)


threading.excepthook = hook
for i in range(2):
    t = threading.Thread(target=fail, args=(f'boom {i}',), name=f'failing-{i}')
    t.start()
    t.join()
print(caught, t.is_alive())

threading.excepthook = threading.__excepthook__
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    t = threading.Thread(target=fail, args=('default hook',))
    t.start()
    t.join()
    exiting = threading.Thread(target=sys.exit, args=(3,))
    exiting.start()
    exiting.join()
    threading.excepthook = lambda args: 1 / 0
    t = threading.Thread(target=fail, args=('broken hook',))
    t.start()
    t.join()
finally:
    threading.excepthook = threading.__excepthook__
    text, sys.stderr = sys.stderr.getvalue(), saved
lines = text.splitlines()
print(lines[0])
print([line for line in lines if 'Error' in line and not line.startswith(' ')])
print('after failures', threading.active_count())
args = threading.ExceptHookArgs([KeyError, KeyError('k'), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args))
