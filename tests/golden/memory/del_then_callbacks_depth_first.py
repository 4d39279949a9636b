# CPython runs __del__ inside the decref that asks for it: a weakref (with callback) that
# the same teardown frees later still calls back, and what one death queues runs
# before the next death of the batch.
import weakref, gc
class C: pass
class CD:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
keep = []
def run(k):
    holder = C()
    target = CD('t%d' % k)
    holder.items = [target]
    w = weakref.ref(target, lambda r: print('callback', k))
    if k == 1: keep.append(w)
    holder.wr = w
    holder.z = CD('z%d' % k)
    holder.y = C(); holder.y.w2 = weakref.ref(holder.y, lambda r: print('cb y', k)); keep.append(holder.y.w2)
    del target, w
    del holder
    print('end', k)
run(0)
run(1)
# a chain of finalizers
class N:
    def __init__(self, nxt): self.nxt = nxt
    def __del__(self): pass
head = None
for i in range(100000):
    head = N(head)
del head
print('chain done')
class R:
    def __del__(self):
        global saved; saved = self; print('resurrect')
r = R(); wr = weakref.ref(r, lambda x: print('never'))
lst = [r, wr]; del r, wr
del lst
print(saved is not None)
