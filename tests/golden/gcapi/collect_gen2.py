import gc
class A: pass
gc.collect()
ring = [A() for _ in range(4)]
for i in range(4):
    ring[i].next = ring[(i + 1) % 4]
del ring
print(gc.collect(2))
print(gc.collect())
