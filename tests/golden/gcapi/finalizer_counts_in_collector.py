# Counts seen from __del__ run by the collector: the collector holds one reference
# around each finalizer (finalize_garbage), none on the rest of the garbage; objects a
# finalizer frees die then, with their own __del__, while the store that freed them
# still holds its operands.
import gc, sys, weakref
gc.collect()
class A:
    def __init__(s, n): s.n = n
    def __del__(s):
        print("del", s.n, "peer rc", sys.getrefcount(s.peer) if s.peer is not None else None, "self rc", sys.getrefcount(s))
        if s.n == 'a':
            s.peer = None   # break: b should die now? (b held by c)
a, b, c = A('a'), A('b'), A('c')
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print("collect", gc.collect())
# finalizer that breaks the cycle completely
class B:
    def __del__(s):
        print("B del", s.name)
        s.other = None
x, y = B(), B(); x.name='x'; y.name='y'
x.other = y; y.other = x
del x, y
print("collect", gc.collect())
# resurrection
saved = []
class R:
    def __del__(s):
        print("R del"); saved.append(s)
r = R(); r.me = r
del r
print("collect", gc.collect(), len(saved))
saved[0].me = None
saved.clear()
print("collect", gc.collect())
# weakref callback with cycle
class W: pass
w = W(); w.me = w
wr = weakref.ref(w, lambda ref: print("cb", ref() is None))
del w
print("collect", gc.collect())
class N:
    def __del__(s): print("N del", s.n)
objs = [N() for i in range(4)]
for i, o in enumerate(objs): o.n = i; o.nxt = objs[(i+1)%4]
del objs, o
print("collect", gc.collect())
