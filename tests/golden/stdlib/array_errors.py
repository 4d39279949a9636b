# array.array: the errors of item conversion per typecode (OverflowError / TypeError with
# CPython's messages), construction, indexing and the methods.
import array

A = array.array


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


class BadIdx:
    def __index__(self):
        return 'x'


vals = [-2**100, -2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -32769, -32768, -129,
        -128, -1, 0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31,
        2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64]
for tc in 'bBhHiIlLqQ':
    for v in vals:
        try:
            A(tc, [v])
        except OverflowError as e:
            print(tc, v, e)
for tc in 'bBuhHiIlLqQfd':
    for v in [Idx(), BadIdx(), 1.5, '1', 'ab', b'a', None, True, float('nan'), 10**400]:
        show(A, tc, [v])

show(A)
show(A, 'i', [], 1)
show(A, 1)
show(A, 'ii')
show(A, 'z')
show(A, 'z', 5)
show(A, 'i', 5)
show(A, 'i', 'abc')
show(A, 'i', A('u', 'x'))
show(lambda: A('i', typecode='i'))
show(A, 'i', b'abc')

a = A('i', [1, 2, 3])
show(a.tounicode)
show(a.fromunicode, 'x')
show(A('u').fromunicode, 5)
show(a.fromlist, (1,))
show(a.fromlist, [1, 'x'])
print(a)
show(a.frombytes, 'ab')
show(a.frombytes, b'abc')
show(a.frombytes, A('i', [1]))
show(a.pop, 10)
show(A('i').pop)
show(a.pop, 1.0)
show(a.remove, 9)
show(a.index, 9)
show(a.__getitem__, 5)
show(a.__getitem__, 'x')
show(a.__getitem__, 2**70)
show(a.__setitem__, 5, 1)
show(a.__setitem__, 0, 2**40)
show(a.__setitem__, slice(0, 1), [1])
show(a.__delitem__, 5)
show(a.__setitem__, slice(0, 3, 2), A('i', [1]))
show(a.__setitem__, slice(0, 1), A('h', [1]))
show(a.__setitem__, slice(None, None, 0), A('i'))
show(lambda: a + [1])
show(lambda: a + A('h'))
show(lambda: a * 'x')
show(lambda: a * 2.0)
show(lambda: 'x' * a)
show(lambda: a < 1)
show(lambda: a == 1)


def iadd(other):
    b = A('i')
    b += other


show(iadd, [1])
show(iadd, A('h'))
show(a.extend, A('h'))
show(a.extend, 5)
show(a.insert, 'x', 1)
show(a.insert, 0, 'x')
show(hash, a)
show(a.fromfile, None, -1)
show(setattr, a, 'typecode', 'x')
show(setattr, a, 'foo', 1)
show(A('u', 'x').__setitem__, 0, 'ab')
show(array._array_reconstructor, A, 'i', 99, b'')
show(array._array_reconstructor, A, 'z', 8, b'')
show(array._array_reconstructor, int, 'i', 8, b'')
print(a)
