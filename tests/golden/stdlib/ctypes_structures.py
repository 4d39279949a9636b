# Structures and unions: C layout, padding, _pack_, nesting, bit fields.
import ctypes as C


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P(C.Structure):
    _fields_ = [('a', C.c_char), ('b', C.c_int), ('c', C.c_short), ('d', C.c_double)]


print(C.sizeof(P), C.alignment(P), type(P).__name__, [k.__name__ for k in P.__mro__])
print(P.a, P.b, P.c, P.d, P.b.offset, P.b.size, type(P.b).__name__)
p = P(b'x', 5)
print(p.a, p.b, p.c, p.d, P(b'x', b=3).b)
show(lambda: P(1, 2, 3, 4, 5))
show(lambda: P(b'x', a=b'y'))
show(lambda: setattr(p, 'b', 'x'))
p.d = 7
print(p.d, bytes(P(b'a', 1))[:8])


class Q(C.Structure):
    _pack_ = 1
    _fields_ = [('a', C.c_char), ('b', C.c_int), ('c', C.c_short)]


print(C.sizeof(Q), C.alignment(Q), Q.b, Q.c)


class R(C.Structure):
    _fields_ = [('p', P), ('arr', C.c_int * 3), ('s', C.c_char * 4), ('x', C.c_byte)]


print(C.sizeof(R), R.p, R.arr, R.s, R.x)
r = R()
r.p.b = 7
r.arr[1] = 9
r.s = b'hi'
print(r.p.b, r.arr[:], r.s, type(r.p).__name__, type(r.arr).__name__)
r.arr = (1, 2, 3)
print(r.arr[:])
show(lambda: setattr(r, 'arr', [1, 2]))
r.p = P(b'z', 11)
print(r.p.b, r.p.a)
r.p = (b'q', 12)
print(r.p.b, r.p.a)
show(lambda: setattr(r, 'p', 5))
show(lambda: setattr(r, 'p', Q()))
show(lambda: setattr(r, 's', b'toolong'))
inner = r.p
inner.c = 99
print(r.p.c, C.addressof(inner) - C.addressof(r), C.addressof(r.arr) - C.addressof(r))


class U(C.Union):
    _fields_ = [('i', C.c_int), ('f', C.c_float), ('b', C.c_ubyte * 4)]


u = U()
u.f = 1.0
print(C.sizeof(U), type(U).__name__, U.i, U.b, u.i, u.b[:])
u.i = -1
print(u.b[:], u.f != u.f)


class B(C.Structure):
    _fields_ = [('x', C.c_int, 3), ('y', C.c_int, 5), ('z', C.c_uint, 30)]


print(C.sizeof(B), B.x, B.y, B.z, B.x.size)
bb = B(3, -1, 7)
print(bb.x, bb.y, bb.z)
bb.x = 9
bb.z = -1
print(bb.x, bb.y, bb.z)


class B2(C.Structure):
    _fields_ = [('x', C.c_int, 3), ('y', C.c_short, 5), ('z', C.c_int, 9), ('q', C.c_char)]


print(C.sizeof(B2), B2.x, B2.y, B2.z, B2.q, B2.y.size)


class D(P):
    _fields_ = [('e', C.c_int)]


print(C.sizeof(D), D.e, D(b'a', 1, 2, 3.0, 4).e)
show(lambda: D(1, 2, 3, 4, 5, 6))


class E(C.Structure):
    pass


print(C.sizeof(E))
E._fields_ = [('k', C.c_long)]
print(C.sizeof(E), E(3).k)
show(lambda: setattr(E, '_fields_', []))


class G(C.Structure):
    _fields_ = [('n', C.c_int)]


class H(C.Structure):
    _anonymous_ = ('g',)
    _fields_ = [('m', C.c_int), ('g', G)]


h = H()
h.n = 4
print(h.n, h.g.n, H.n, C.sizeof(H))
show(lambda: C.Structure())
show(lambda: C.sizeof(C.Structure))
show(lambda: P.from_buffer_copy(bytes(range(24))).b)
print(P(b'a', 1) == P(b'a', 1), P(c=3).c)
