# A weakref callback that raises while the collector clears a cycle is reported as
# handle_weakrefs does: PyErr_WriteUnraisable(callback), so the hook's object is the
# callback itself (as when the referent dies by its count).
import gc
import sys
import weakref

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "| object:",
          getattr(u.object, "__name__", type(u.object).__name__), "| msg:", u.err_msg)
sys.unraisablehook = hook

class O:
    pass

def bad(r):
    raise RuntimeError("in callback")

o = O()
r1 = weakref.ref(o, bad)
del o
print("by count done")

a = O()
b = O()
a.b = b
b.a = a
r2 = weakref.ref(a, bad)
del a, b
print("collected", gc.collect())
