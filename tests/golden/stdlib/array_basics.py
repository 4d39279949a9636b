# array.array: construction, indexing, slicing (extended too), slice assignment, the
# list-like methods, conversions, operators, comparisons, iteration and repr.
import array
import copy

A = array.array
print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    a = A(tc) if tc != 'u' else A('u', 'ab')
    print(tc, a.itemsize, a.typecode, repr(a), repr(A(tc)))

a = A('i', range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-2], a[100:], a[-100:2])
b = A('i', a)
b[1:3] = A('i', [7, 7, 7, 7])
print(b)
b[::2] = A('i', range(len(b[::2])))
print(b)
del b[1::3]
print(b)
del b[::-2]
print(b)
b[2:2] = b
print(b)
b[5:1] = A('i', [9])
print(b)
b[-1] = 42
del b[0]
print(b, len(b))

print(a == A('i', range(10)), a != b, a < b, a >= b, A('d', [1.0]) == A('i', [1]))
print(A('f', [float('nan')]) == A('f', [float('nan')]), A('b', [1, 2]) < A('b', [1, 2, 0]))
print(3 in a, 30 in a, a.count(3), a.index(4), a.index(4, 2, 6), a.index(9, -1))

c = A('h', [1, -2, 3])
c.byteswap()
print(c)
c.reverse()
print(c, c.tobytes(), c.tolist())
u = A('u', 'héllo')
print(u, u.tounicode(), u[1], len(u))
u.fromunicode('!€')
print(u, u.tobytes()[:8])

print(list(reversed(a)), sorted(A('d', [3.5, -1.0, 2.25])), sum(a), max(a))
print(A('f', [0.1, 1e39, -0.0, float('inf')]))
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**64 - 1]), A('B', b'\xff\x00'))
print(A('i', b'\x01\x00\x00\x00'), A('i', (1, 2)), A('i', iter([4, 5])), A('b', A('i', [1, 2])))

d = A('d')
d.append(1.5)
d.extend([2, 3.25])
d.extend(A('d', [4.0]))
d.insert(0, -1)
d.insert(-100, -2)
d.insert(100, 99)
d.fromlist([7, 8])
d.frombytes(bytes(8))
print(d, d.pop(), d.pop(0), d.pop(-2))
d.remove(99)
print(d)

print(A('b', [1, 2]) * 3, 2 * A('b', [5]), A('b', [1]) * -1, A('b', [1]) + A('b', [2]))
x = A('l', [1])
y = x
x += A('l', [2])
x *= 2
print(x is y, x)
x *= 1
x *= 0
print(x)

it = iter(A('i', [1, 2]))
print(type(it).__name__, next(it), list(it), list(it))
a2 = A('i', [1, 2])
it = iter(a2)
a2.append(3)
print(list(it))

print(copy.copy(a), copy.deepcopy(a))
print(a.__reduce_ex__(3)[1], a.__reduce_ex__(2))
print(array._array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x05'))
print(array._array_reconstructor(A, 'l', 8, b'\x01\x00\x00\x00'))


class Sub(A):
    pass


s = Sub('d', [1.0, 2.0])
s.tag = 'x'
print(s, type(s).__name__, s.tag, type(s[:]).__name__, type(s + s).__name__, s == A('d', [1, 2]))
print(a.buffer_info()[1], A('i').buffer_info())


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(b)


w = Writer()
A('h', [1, 2]).tofile(w)
print(w.chunks)
