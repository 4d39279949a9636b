# An array whose buffer a memoryview holds cannot change size (array_resize refuses with
# BufferError); same-size changes go through, and releasing the view lifts the lock.
import array
import sys

a = array.array("i", range(6))
m = memoryview(a)
print(m.nbytes, m.format, m.itemsize, sys.getrefcount(a))
ops = [
    ("append", lambda: a.append(7)),
    ("extend", lambda: a.extend([1, 2])),
    ("extend array", lambda: a.extend(array.array("i", [3]))),
    ("insert", lambda: a.insert(0, 9)),
    ("pop", lambda: a.pop()),
    ("remove", lambda: a.remove(3)),
    ("frombytes", lambda: a.frombytes(bytes(4))),
    ("fromlist", lambda: a.fromlist([5])),
    ("del slice", lambda: a.__delitem__(slice(0, 2))),
    ("grow slice", lambda: a.__setitem__(slice(0, 1), array.array("i", [1, 2, 3]))),
    ("iadd", lambda: a.__iadd__(array.array("i", [1]))),
    ("imul", lambda: a.__imul__(2)),
    ("same-size slice", lambda: a.__setitem__(slice(0, 2), array.array("i", [40, 41]))),
    ("setitem", lambda: a.__setitem__(5, 50)),
    ("imul 1", lambda: a.__imul__(1)),
    ("reverse", lambda: a.reverse()),
]
for name, op in ops:
    try:
        op()
        print(f"{name:16} ok      {a.tolist()}")
    except BufferError as e:
        print(f"{name:16} {type(e).__name__}: {e}")
print(m.tolist())
m.release()
a.append(7)
print("released:", a.tolist(), sys.getrefcount(a))

print("-- a slice of a view, and a cast view, hold the buffer too")
b = array.array("d", [1.0, 2.0])
part = memoryview(b)[1:]
try:
    b.append(3.0)
except BufferError as e:
    print(e)
del part
b.append(3.0)
c = array.array("B", b"abcd")
cast = memoryview(c).cast("c")
try:
    c.pop()
except BufferError as e:
    print(e)
with memoryview(c) as inner:
    pass
cast.release()
c.pop()
print(b.tolist(), c.tobytes())

print("-- bytearray says it its own way")
ba = bytearray(b"xyz")
v = memoryview(ba)
for name, op in [("append", lambda: ba.append(1)), ("extend", lambda: ba.extend(b"q")),
                 ("clear", ba.clear), ("setitem", lambda: ba.__setitem__(0, 65))]:
    try:
        op()
        print(name, "ok", ba)
    except BufferError as e:
        print(name, "BufferError:", e)
v.release()
ba.append(33)
print(ba)

print("-- the view's obj is the array, which the buffer keeps alive")
import gc
import weakref


class Arr(array.array):
    def __del__(self):
        print("  Arr freed")


arr = Arr("h", [1, 2, 3])
base = sys.getrefcount(arr)
view = memoryview(arr)
print(view.obj is arr, type(view.obj).__name__, sys.getrefcount(arr) - base)
sub = view[::2]
print(sub.obj is arr, sys.getrefcount(arr) - base, sub.tolist())
wr = weakref.ref(arr)
del arr
print("array dropped, views alive:", wr() is not None)
view.release()
print("one view released:", wr() is not None)
del sub
print("after last view:", wr() is None)
plain = array.array("q", [5])
v1 = memoryview(plain)
print([type(r).__name__ for r in gc.get_referrers(plain) if r is not globals()])
v1.release()
try:
    v1.obj
except ValueError as e:
    print(e)
print(memoryview(b"xy").obj, memoryview(bytearray(b"z")).obj)
