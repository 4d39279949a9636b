# sys.getallocatedblocks(): a full collection empties the float free list, and finished
# generators leave no blocks behind (their frames are not heap blocks).
import gc
import sys


def floats_after_full_collection():
    gc.collect()
    b0 = sys.getallocatedblocks()
    xs = [float(i) + 0.5 for i in range(50)]
    del xs
    gc.collect()
    return sys.getallocatedblocks() - b0


def gen():
    yield 1


def run(n):
    gs = [gen() for _ in range(n)]
    for g in gs:
        for _ in g:
            pass


def generators_finished():
    run(1)
    b = sys.getallocatedblocks()
    run(30)
    return sys.getallocatedblocks() - b


print(floats_after_full_collection())
print(generators_finished())
d = {"a": 1}
gc.collect()
i = id(d)
del d
e = {"b": 2}
print("dict block reused:", id(e) == i)
