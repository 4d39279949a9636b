# tracemalloc started two (and more) Python calls deep: every frame between the
# start and the module, run inline by the uninstrumented loop before, attributes its
# allocations to its own lines once it resumes; an exception raised after the start
# unwinds through frames that switched loops.
import tracemalloc


def report(snap, label):
    stats = [s for s in snap.statistics("lineno") if s.traceback[0].filename == __file__]
    print(label, [(s.traceback[0].lineno, s.size // 100000) for s in stats if s.size > 100000])


def inner():
    tracemalloc.start()
    return [None] * 20000


def middle():
    a = inner()
    b = [None] * 30000
    return a, b


def outer():
    r = middle()
    c = bytearray(400000)
    return r, c


keep = outer()
d = bytearray(250000)
report(tracemalloc.take_snapshot(), "two deep")
tracemalloc.stop()
del keep, d


def fails():
    tracemalloc.start()
    x = bytearray(300000)
    raise ValueError(len(x))


def catches():
    try:
        fails()
    except ValueError as e:
        held = [e] * 40000
        return held


def top():
    h = catches()
    z = bytearray(500000)
    return h, z


keep = top()
report(tracemalloc.take_snapshot(), "raised after start")
tracemalloc.stop()
del keep


def rec(n):
    if n == 0:
        tracemalloc.start()
        return [0] * 25000
    r = rec(n - 1)
    if n == 3:
        r.append(bytearray(350000))
    return r


keep = rec(5)
w = bytearray(150000)
report(tracemalloc.take_snapshot(), "recursion")
tracemalloc.stop()
print(len(keep))
