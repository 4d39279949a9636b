"""Counts seen inside a running generator: the for loop, next/send/throw, yield from,
await, and the generator's own frame hold no extra reference (CPython 3.11's FOR_ITER,
SEND and gen_send_ex2 borrow)."""
import sys, types

def show(label, obj):
    print(label, sys.getrefcount(obj))

def g_self():
    while True:
        x = yield sys.getrefcount(it)
        if x is not None:
            show("  sent inside", x)

it = g_self()
print("next", next(it))
print("send", it.send(None))
payload = object()
print("send obj", it.send(payload))
show("payload after", payload)
for x in it:
    print("for", x); break
print("zip", [x for _, x in zip(range(2), it)])
try:
    it.throw(ValueError)
except ValueError:
    pass
print("after throw", sys.getrefcount(it))

def fr():
    f = sys._getframe()
    while True:
        yield sys.getrefcount(f)
f_it = fr()
print("frame next", next(f_it))
print("frame send", f_it.send(None))
for x in f_it:
    print("frame for", x); break
print("gi_frame", sys.getrefcount(f_it.gi_frame))

def inner():
    yield sys.getrefcount(d)
    yield sys.getrefcount(sys._getframe())
    return "done"
def outer():
    r = yield from inner()
    yield r
d = inner()
o = outer()
print("yf", list(o))
d2 = inner()
def outer2():
    yield from d2
print("yf2", list(outer2()))

@types.coroutine
def sw():
    yield sys.getrefcount(c)
async def coro():
    await sw()
    await sw()
c = coro()
print("coro", c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration:
    print("stop")

def counter(items):
    for v in items:
        yield sys.getrefcount(v)
items = [object(), object()]
print("items", list(counter(items)))
print("genexpr", sum(sys.getrefcount(v) for v in items))
gx = (sys.getrefcount(gx) for _ in range(2))
print("genexpr self", list(gx))
