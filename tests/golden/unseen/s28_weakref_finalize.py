# Cleaning up resources with weakref.finalize
import weakref
import gc

class TempResource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempResource._cleanup, name)

    @staticmethod
    def _cleanup(name):
        print(f"cleanup({name!r}) called")

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive

r = TempResource("first")
print("alive:", r._finalizer.alive, "closed:", r.closed)
r.close()
print("after close alive:", r._finalizer.alive, "closed:", r.closed)
r.close()  # second call does nothing
del r
print("deleted first")

r2 = TempResource("second")
print("dropping second")
del r2
print("dropped second")

# finalize with arguments and return value
def report(label, *, extra=None):
    print("report", label, extra)
    return label.upper()

class Thing:
    pass

t = Thing()
f = weakref.finalize(t, report, "thing", extra=42)
print("peek:", f.peek()[1] is report, f.peek()[2:])
print("call returns:", f())
print("call again:", f())
print("peek after:", f.peek())

# detach
t2 = Thing()
f2 = weakref.finalize(t2, report, "never")
obj, func, args, kwargs = f2.detach()
print("detached:", obj is t2, func is report, args, kwargs, f2.alive)
del t2, obj
gc.collect()
print("nothing reported for detached")

# atexit flag
t3 = Thing()
f3 = weakref.finalize(t3, print, "t3 finalized at exit")
print("atexit default:", f3.atexit)
t4 = Thing()
f4 = weakref.finalize(t4, print, "t4 never printed")
f4.atexit = False

# finalizer in a cycle
class Node:
    def __init__(self):
        self.me = self
n = Node()
weakref.finalize(n, print, "cycle node collected")
del n
print("before collect")
print("collected:", gc.collect() > 0)
print("end of script")
