# The memory-tutorial idioms: reading reference counts through ctypes and
# getting objects back from their id().
import ctypes
import gc
import sys


def ref_count(address):
    return ctypes.c_long.from_address(address).value


a = [1, 2, 3]
print(ref_count(id(a)), sys.getrefcount(a) - 1)
b = a
print(ref_count(id(a)))
c = [a, a]
print(ref_count(id(a)))
del b
print(ref_count(id(a)))
c.clear()
print(ref_count(id(a)))

# A view on the object's address is live: it shows the count of the moment.
view = ctypes.c_long.from_address(id(a))
print(view.value)
d = a
print(view.value)
del d
print(view.value)
for ctype in (ctypes.c_ssize_t, ctypes.c_int, ctypes.c_longlong, ctypes.c_uint64):
    print(ctype.__name__, ctype.from_address(id(a)).value)

# cast(id, py_object) gives the object back, with a new reference.
print(ctypes.cast(id(a), ctypes.py_object).value is a)
print(ctypes.cast(id(a), ctypes.py_object).value)
print(ref_count(id(a)))
x = "some text " + str(42)
print(ref_count(id(x)))
obj = ctypes.cast(id(x), ctypes.py_object).value
print(obj, ref_count(id(x)))
del obj
print(ref_count(id(x)))
try:
    ctypes.cast(0, ctypes.py_object).value
except ValueError as e:
    print(type(e).__name__, e)


# Reference cycles keep counts above zero until the collector runs.
class Node:
    def __init__(self):
        self.other = None


n1 = Node()
n2 = Node()
n1.other = n2
n2.other = n1
i1, i2 = id(n1), id(n2)
print(ref_count(i1), ref_count(i2))
n3 = n1
print(ref_count(i1), ref_count(i2))
del n1, n2, n3
print(ref_count(i1), ref_count(i2))
print(gc.collect() >= 2)

# py_object instances and containers own references.
p = ctypes.py_object(a)
print(ref_count(id(a)), p.value is a)
del p
print(ref_count(id(a)))
arr = (ctypes.py_object * 3)(a, a, a)
print(ref_count(id(a)), arr[2] is a)
del arr
print(ref_count(id(a)))


def f(arg):
    return ref_count(id(arg))


print(f(a))
t = (a, a, a)
print(ref_count(id(a)), ref_count(id(t)))
print(ctypes.c_void_p.from_address(id(a) + 8).value == id(list))
s = b'bytes-for-c_char_p'
before = ref_count(id(s))
cp = ctypes.c_char_p(s)
print(ref_count(id(s)) - before, cp.value)
del cp
print(ref_count(id(s)) - before)
