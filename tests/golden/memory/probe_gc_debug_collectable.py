# gc.set_debug output goes through sys.stderr (PySys_WriteStderr), so a redirected
# stderr catches it; DEBUG_COLLECTABLE lists each unreachable object, in collector
# order, before weakref callbacks and __del__ run.
import contextlib
import gc
import io
import re
import weakref


def clean(text):
    out = []
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]+", "ADDR", line)
        line = re.sub(r"[0-9.]+s elapsed", "T elapsed", line)
        line = re.sub(r"generation: \d+ \d+ \d+", "generation: N N N", line)
        out.append(line)
    return out


class Node:
    def __del__(self):
        print("  __del__ Node (stderr so far:", len(buf.getvalue().splitlines()), "lines)")


gc.collect()

print("1: two nodes in a cycle, a self-referencing list")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    gc.set_debug(gc.DEBUG_COLLECTABLE)
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
    lst = [1]
    lst.append(lst)
    del a, b, lst
    n = gc.collect()
    gc.set_debug(0)
print("collected", n)
for line in clean(buf.getvalue()):
    print(" ", line)

print("2: DEBUG_STATS | DEBUG_COLLECTABLE, a dict cycle and a weakref callback")
buf = io.StringIO()


class Plain:
    pass


with contextlib.redirect_stderr(buf):
    gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
    d = {}
    d["me"] = d
    p = Plain()
    p.me = p
    r = weakref.ref(p, lambda ref: print("  callback, stderr lines:", len(buf.getvalue().splitlines())))
    del d, p
    n = gc.collect()
    gc.set_debug(0)
print("collected", n)
for line in clean(buf.getvalue()):
    print(" ", line)

print("3: nothing to collect")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    gc.set_debug(gc.DEBUG_STATS)
    gc.collect(0)
    gc.set_debug(0)
for line in clean(buf.getvalue()):
    print(" ", line)

print("4: DEBUG_LEAK saves the garbage in gc.garbage")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    gc.set_debug(gc.DEBUG_LEAK)
    t = [[]]
    t[0].append(t)
    del t
    n = gc.collect()
    gc.set_debug(0)
print("collected", n, [type(o).__name__ for o in gc.garbage])
for line in clean(buf.getvalue()):
    print(" ", line)
for o in gc.garbage:
    o.clear()
gc.garbage.clear()

print("5: a stderr object whose write records the calls")
calls = []


class Recorder:
    def write(self, s):
        calls.append(s.split()[0] if s.strip() else s)
        return len(s)


with contextlib.redirect_stderr(Recorder()):
    gc.set_debug(gc.DEBUG_STATS)
    gc.collect()
    gc.set_debug(0)
print(len(calls), calls[:3])
