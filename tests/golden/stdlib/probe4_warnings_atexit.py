import queue, threading
q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
for i in range(5):
    q.put(i)
q.put(None)
t = threading.Thread(target=worker)
t.start()
q.join(); t.join()
print(results, q.empty(), q.unfinished_tasks)
import warnings, atexit, sys, weakref, gc, functools
def old_func():
    warnings.warn("old_func is deprecated; use new_func", DeprecationWarning, stacklevel=2)
    return 1
warnings.simplefilter("default")
old_func(); old_func()
warnings.warn("user warning here")
warnings.warn("again", UserWarning)
warnings.warn("again", UserWarning)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn(f"loop {i}", RuntimeWarning)
    old_func()
print([(w.category.__name__, str(w.message), w.filename == __file__, w.lineno) for w in caught])
class MyWarning(UserWarning): pass
warnings.filterwarnings("error", category=MyWarning)
try:
    warnings.warn("custom", MyWarning)
except MyWarning as e:
    print("raised:", e, type(e).__mro__[1].__name__)
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip this one"); warnings.warn("not skipped")
print(len(warnings.filters) > 0, warnings.filters[0][0], warnings.filters[0][2].__name__)
warnings.resetwarnings(); warnings.warn("after reset")
def handler(message, category, filename, lineno, file=None, line=None):
    print(f"HANDLED {category.__name__}: {message} @ {lineno}")
warnings.showwarning = handler
warnings.warn("to handler", FutureWarning)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
print(warnings.formatwarning("m", DeprecationWarning, "x.py", 7, line="code()"), end="")
def deprecated(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        warnings.warn(f"{fn.__name__} is deprecated", category=DeprecationWarning, stacklevel=2)
        return fn(*a, **k)
    return w
@deprecated
def legacy(): return "legacy"
warnings.simplefilter("always")
print(legacy())
class Cache:
    def __init__(self): self._d = weakref.WeakValueDictionary()
    def get(self, key, factory):
        v = self._d.get(key)
        if v is None:
            v = factory(key); self._d[key] = v; print("miss", key)
        else:
            print("hit", key)
        return v
class Img:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Img", self.n)
c = Cache(); a = c.get("a", Img); a2 = c.get("a", Img); del a, a2; b = c.get("a", Img); print(list(c._d.keys())); del b
print(list(c._d.keys()))
atexit.register(print, "exit handler 1")
def bad(): print("bad handler")
atexit.register(bad)
atexit.register(lambda: print("exit handler 3 (runs first)"))
def kw(a, b=2): print("kw", a, b)
atexit.register(kw, 1, b=5)
atexit.register(print, "unregistered"); atexit.unregister(print)
print("main done")
