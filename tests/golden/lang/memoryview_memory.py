# Memory behaviour of memoryview: refcounts of the exporter, gc tracking and referents,
# sizes, the order things are freed in, cycles and weak references.
import gc
import sys
import weakref

b = b'some bytes'
print(sys.getrefcount(b))
m = memoryview(b)
print(sys.getrefcount(b), sys.getrefcount(m))
s = m[1:3]
c = m.cast('c')
mm = memoryview(m)
print(sys.getrefcount(b), sys.getrefcount(m))
mbuf = gc.get_referents(m)[0]
print(type(mbuf).__name__, gc.get_referents(s)[0] is mbuf, gc.get_referents(mm)[0] is mbuf)
print(gc.get_referents(mbuf)[0] is b, sys.getrefcount(mbuf))
print(gc.is_tracked(m), gc.is_tracked(s), gc.is_tracked(mbuf), gc.is_tracked(iter(m)))
print(s.obj is b, c.obj is b, mm.obj is b)
m.release()
print(sys.getrefcount(b), sys.getrefcount(mbuf), gc.is_tracked(mbuf))
del s, c, mm
print(sys.getrefcount(b), sys.getrefcount(mbuf), gc.is_tracked(mbuf))
print(gc.get_referents(mbuf), gc.get_referents(m)[0] is mbuf)
del mbuf, m
print(sys.getrefcount(b))

ba = bytearray(b'x' * 10)
m = memoryview(ba)
print(sys.getrefcount(ba), m.obj is ba, sys.getrefcount(ba))
del m
print(sys.getrefcount(ba))
ba.append(1)

# Sizes.
print(sys.getsizeof(memoryview(b'x')), sys.getsizeof(memoryview(b'')))
print(sys.getsizeof(memoryview(b'abcdef').cast('B', [2, 3])))
print(sys.getsizeof(memoryview(b'abcdef').cast('B', [1, 2, 3])))
print(sys.getsizeof(memoryview(b'a').cast('B', [])))
print(sys.getsizeof(memoryview(b'a').cast('B', []).toreadonly()))
print(sys.getsizeof(memoryview(b'abcdef')[::2]), sys.getsizeof(iter(memoryview(b'ab'))))
print(sys.getsizeof(gc.get_referents(memoryview(b'x'))[0]))
print(memoryview(b'x').__sizeof__())

# The exporter dies with the last view, before the views' managed buffer.
class Tracker(bytes):
    def __del__(self):
        print('exporter gone', bytes(self))

x = Tracker(b'abc')
m = memoryview(x)
m2 = m[1:]
del x
print('views alive')
del m
print('one view left')
del m2
print('all gone')

x = Tracker(b'def')
m = memoryview(x)
del x
m.release()
print('after release')
del m

# Weak references to views.
m = memoryview(b'w')
wr = weakref.ref(m, lambda _: print('view collected'))
print(wr() is m)
del m
print(wr())

# A view kept only by a cycle is freed by the collector (view + managed buffer).
gc.collect()
class Holder:
    pass
h = Holder()
h.me = h
h.view = memoryview(bytearray(b'cyc'))
h.view2 = h.view[1:]
ba = h.view.obj
del h
print(sys.getrefcount(ba))
t = None
try:
    ba.append(1)
except BufferError as e:
    print('exported', e)
print(gc.collect())
print(sys.getrefcount(ba))
ba.append(1)
print(ba)

# Views in containers and counts.
ba = bytearray(3)
views = [memoryview(ba) for _ in range(3)]
print(sys.getrefcount(ba))
views[1].release()
try:
    ba.pop()
except BufferError as e:
    print(e)
views.clear()
print(ba.pop(), sys.getrefcount(ba))
