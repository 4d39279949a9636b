import warnings
import sys
import threading

class Bad:
    def __del__(self):
        raise ValueError("error in __del__")
b = Bad()
del b
print("after del")
warnings.warn("a user warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("future thing", FutureWarning)
def f():
    warnings.warn("from function", stacklevel=2)
f()
def boom():
    raise RuntimeError("thread failure")
t = threading.Thread(target=boom, name="worker-1")
t.start()
t.join()
print("thread joined")
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
import atexit
atexit.register(print, "atexit handler")
print("last line", file=sys.stderr)
sys.exit("fatal: exiting with message")
