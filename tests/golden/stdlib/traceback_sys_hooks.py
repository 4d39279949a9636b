# sys.excepthook / sys.__excepthook__ called directly (the report goes to sys.stderr),
# and sys.unraisablehook receiving UnraisableHookArgs for __del__ and weakref callbacks.
import sys, io, weakref, gc

print(sys.excepthook, sys.__excepthook__ is sys.excepthook)
print(sys.unraisablehook, sys.__unraisablehook__ is sys.unraisablehook)

def fail():
    return {}['key']

def capture(fn, *args):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn(*args)
    finally:
        sys.stderr = old
    return buf.getvalue()

try:
    fail()
except KeyError as e:
    print(capture(sys.excepthook, type(e), e, e.__traceback__), end='')
    print(capture(sys.__excepthook__, type(e), e, None), end='')
    tb = e.__traceback__
fresh = ValueError('fresh')
print(capture(sys.excepthook, ValueError, fresh, tb), end='')
print(fresh.__traceback__ is tb)
print(capture(sys.excepthook, ValueError, ValueError('no tb'), 'not a traceback'), end='')
try:
    try:
        fail()
    except KeyError:
        raise ValueError('during')
except ValueError as e:
    print(capture(sys.excepthook, type(e), e, e.__traceback__), end='')
print(repr(capture(sys.excepthook, int, 5, None)))
for args in [(), (1,), (1, 2, 3, 4)]:
    try:
        sys.excepthook(*args)
    except TypeError as e:
        print('TypeError', e)

seen = []
def hook(args):
    seen.append(args)
    print(type(args).__name__, args.exc_type.__name__, repr(args.exc_value),
          type(args.exc_traceback).__name__, args.err_msg,
          getattr(args.object, '__qualname__', args.object))
    print(len(args), args[0] is args.exc_type, args[3])

sys.unraisablehook = hook

class Noisy:
    def __del__(self):
        raise RuntimeError('from __del__')

n = Noisy()
del n
print('after del')

class Target:
    pass

def callback(ref):
    raise LookupError('from callback')

t = Target()
r = weakref.ref(t, callback)
del t
print('after weakref')

class Cycle:
    def __del__(self):
        raise OSError('cycle')
c = Cycle()
c.me = c
del c
gc.collect()
print('after collect')

def bad_hook(args):
    raise TypeError('the hook fails')
sys.unraisablehook = bad_hook
old = sys.stderr
sys.stderr = buf = io.StringIO()
n = Noisy()
del n
sys.stderr = old
print(buf.getvalue().splitlines()[0].split(' at ')[0])
print(buf.getvalue().splitlines()[-1])

sys.unraisablehook = sys.__unraisablehook__
sys.stderr = buf = io.StringIO()
n = Noisy()
del n
sys.stderr = old
print(buf.getvalue().replace(hex(id(Noisy.__del__)), 'ADDR'), end='')
print(type(seen[0]).__name__, type(seen[0]).__module__, seen[0].__class__.__mro__[1])
seen.clear()
