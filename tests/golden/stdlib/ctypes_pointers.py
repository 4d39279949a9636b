# Pointers: POINTER types, pointer(), contents, indexing, NULL, cast, byref.
import ctypes as C


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


IP = C.POINTER(C.c_int)
print(IP.__name__, type(IP).__name__, [k.__name__ for k in IP.__mro__], IP._type_,
      IP is C.POINTER(C.c_int), C.sizeof(IP))
x = C.c_int(5)
p = C.pointer(x)
print(p.contents, p[0], p.contents.value, p.contents is x, type(p).__name__)
print(C.addressof(p.contents) == C.addressof(x), C.cast(p, C.c_void_p).value == C.addressof(x))
p[0] = 9
print(x.value)
p.contents.value = 11
print(x.value)
n = IP()
print(bool(n), bool(p))
show(lambda: n.contents)
show(lambda: n[0])
show(lambda: n.__setitem__(0, 1))
y = C.c_int(77)
p.contents = y
print(p[0], x.value)
show(lambda: setattr(p, 'contents', 5))
pp = C.pointer(p)
print(type(pp).__name__, pp[0][0], pp.contents.contents.value)
show(lambda: C.pointer(5))
show(lambda: C.POINTER(5))

arr = (C.c_int * 4)(10, 20, 30, 40)
q = C.cast(arr, IP)
print(q[0], q[3], q[1:3], q[:2], q[3:0:-1])
show(lambda: q[:])
q2 = C.cast(C.addressof(arr) + 4, IP)
print(q2[0], q2[-1], q2[2])
q2[1] = 33
print(list(arr))
print(C.cast(arr, C.c_void_p).value == C.addressof(arr))
print(C.cast(arr, C.POINTER(C.c_int * 2)).contents[:], C.pointer(arr)[0][:])
show(lambda: C.cast(1, C.c_int))
show(lambda: C.cast(1.5, IP))
show(lambda: C.cast(x, C.c_void_p))
print(C.cast(None, IP).__class__.__name__, bool(C.cast(None, IP)), C.cast(0, C.c_void_p).value)
bp = C.cast(C.pointer(C.c_int(0x01020304)), C.POINTER(C.c_ubyte))
print(bp[0], bp[3], bp[:4])
buf = C.create_string_buffer(b'hey there')
print(C.cast(buf, C.c_char_p).value, C.cast(buf, C.POINTER(C.c_char))[:3])
print(C.c_char_p(C.addressof(buf) + 4).value)

show(lambda: C.byref(5))
ref = C.byref(y)
print(repr(ref).startswith("<cparam 'P' (0x"), ref._obj is y)
print(C.cast(C.byref(y), IP).contents.value)
show(lambda: C.addressof(5))


class Node(C.Structure):
    pass


Node._fields_ = [('value', C.c_int), ('next', C.POINTER(Node))]
print(Node.next, C.sizeof(Node))
nodes = [Node(i) for i in range(4)]
for a, b in zip(nodes, nodes[1:]):
    a.next = C.pointer(b)
values = []
cur = C.pointer(nodes[0])
while cur:
    values.append(cur.contents.value)
    cur = cur.contents.next
print(values)


class S(C.Structure):
    _fields_ = [('p', IP), ('v', C.c_void_p), ('z', C.c_char_p), ('o', C.py_object)]


s = S()
print(bool(s.p), s.v, s.z, type(s.p).__name__)
s.p = arr
print(s.p[1])
s.p = None
print(bool(s.p))
show(lambda: setattr(s, 'p', C.pointer(C.c_long(1))))
show(lambda: setattr(s, 'p', 5))
s.v = 5
s.z = b'q'
s.o = [1]
print(s.v, s.z, s.o)
show(lambda: S().o)
