# Generators: lazy pipelines, their frames and what they keep alive
import sys
import gc

class Row:
    count = 0
    def __init__(self, i):
        self.i = i
        Row.count += 1
    def __del__(self):
        Row.count -= 1

def rows(n):
    for i in range(n):
        yield Row(i)

def evens(src):
    for r in src:
        if r.i % 2 == 0:
            yield r

total = 0
for r in evens(rows(10)):
    total += r.i
    print("alive rows:", Row.count)
del r
print("total", total, "alive after loop:", Row.count)

big_list = [x * x for x in range(1000)]
big_gen = (x * x for x in range(1000))
print(sys.getsizeof(big_list), sys.getsizeof(big_gen), sum(big_gen))

def counter():
    n = 0
    while True:
        received = yield n
        if received is not None:
            n = received
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send(10), next(c))
print(c.gi_frame.f_locals["n"], c.gi_running, c.gi_suspended if hasattr(c, "gi_suspended") else "", c.gi_code.co_name)
c.close()
print(c.gi_frame, c.gi_running)
try:
    next(c)
except StopIteration:
    print("closed generator raises StopIteration")

def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = with_cleanup()
next(g)
del g
print("after del g")
g = with_cleanup()
print(list(g))

def delegator():
    result = yield from sub()
    print("sub returned", result)
    yield "after"
def sub():
    yield "a"
    yield "b"
    return "done"
print(list(delegator()))

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
t = thrower()
next(t)
print(t.throw(ValueError("oops")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__, iter(gen) is gen)
print(list(gen), list(gen))
def lines():
    yield "x"
    return
print(sys.getrefcount(lines) >= 2, gc.is_tracked(lines()))
def g_ret():
    return (yield)
gr = g_ret()
next(gr)
try:
    gr.send(42)
except StopIteration as e:
    print("return value", e.value)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
