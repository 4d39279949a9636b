# bytes.join / bytearray.join / str.join: the result is allocated once, at its exact
# size, whatever buffers the items are (memoryview, array, bytearray); one item of the
# result's exact type is returned itself (not for bytearray.join, which always copies).
# Found by scripts/difftest (sizes_48_28).
import array
import sys

items_sets = [
    [memoryview(b'mv')],
    [memoryview(b'mv')] * 2,
    [b'ab', memoryview(b'cd'), bytearray(b'ef')],
    [array.array('b', [1, 2, 3])],
    [array.array('i', [1, 2])],
    [b'ab'],
    [bytearray(b'ab')],
    [b''],
    [],
]
for sep in (b'', b'-', bytearray(b'--'), memoryview(b'/')):
    for items in items_sets:
        j = bytearray(sep).join(items)
        k = bytes(sep).join(items)
        print(len(j), sys.getsizeof(j), j.__alloc__(), len(k), sys.getsizeof(k))

x = b'abc'
y = bytearray(b'abc')
s = 'x' * 10


class B(bytes):
    pass


class S(str):
    pass


print(b''.join([x]) is x, b'-'.join([x]) is x, bytearray().join([y]) is y,
      bytearray(b'-').join([x]) is x)
print(''.join([s]) is s, '-'.join([s]) is s, '-'.join((s,)) is s)
b1 = B(b'q')
s1 = S('q')
print(type(b''.join([b1])).__name__, b''.join([b1]) is b1, type(''.join([s1])).__name__)
print(b''.join(iter([x])) is x, ''.join(iter([s])) is s)
for bad in ([1], [b'a', 'b'], ['a', b'b'], [memoryview(b'0123456789')[::2]]):
    try:
        b''.join(bad)
    except TypeError as exc:
        print('!', exc)
    try:
        ''.join(bad)
    except TypeError as exc:
        print('!', exc)

# A joined one-character result is a new object (CPython allocates, then fills); an
# empty one is the shared empty string or bytes. Found by scripts/difftest (sizes_50_132).
a, e, d, b = 'A', chr(233), chr(0x394), b'A'
empty_s, empty_b = str(), bytes()
print(''.join(['', a]) is a, ''.join([a, '']) is a, ''.join(['', e]) is e, ''.join(('', d)) is d)
print(''.join(['', '']) is empty_s, '-'.join([]) is empty_s, ''.join(iter([''])) is empty_s)
print(b''.join([b'', b]) is b, b''.join([memoryview(b)]) is b, b''.join([b'', b'']) is empty_b,
      b'-'.join([]) is empty_b)
print(sys.getsizeof(''.join(['', a])), sys.getsizeof(''.join(['', e])), sys.getsizeof(b''.join([b'', b])))
