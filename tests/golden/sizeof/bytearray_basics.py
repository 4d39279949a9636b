# bytearray: construction, methods, and its over-allocation as getsizeof shows it
# (56 bytes + the allocated buffer, which keeps room for a trailing NUL).
import sys

size = sys.getsizeof
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([65, 66]), bytearray('\xe9t\xe9', 'utf-8'))
print(bytearray(range(5)), bytearray(x for x in (1, 2)), bytearray(bytearray(b'z')))
print('sizes:', size(bytearray()), size(bytearray(0)), size(bytearray(5)), size(bytearray(b'abc')),
      size(bytearray([1, 2, 3])), size(bytearray(range(10))), size(bytearray(iter([1, 2, 3]))),
      size(bytearray('abc', 'ascii')))
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' world')
ba.extend([1, 2])
ba.insert(0, 62)
print(ba, len(ba), ba[0], ba[-1], size(ba))
print(ba.pop(), ba.pop(0), ba, size(ba))
ba.remove(ord('o'))
print(ba, size(ba))
c = ba.copy()
print(c, size(c), c == ba, c is ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, size(ba))
print(bytes(bytearray(b'xy')), bytearray(b'ab').hex(), bytearray(b'caf\xc3\xa9').decode())
print(bytearray(b'a b').split(), bytearray(b'abc').upper())
growth = []
ba = bytearray()
for i in range(120):
    ba.append(i)
    if not growth or growth[-1][1] != size(ba):
        growth.append((len(ba), size(ba)))
print('append growth:', growth)
shrink = []
for i in range(120):
    ba.pop()
    if not shrink or shrink[-1][1] != size(ba):
        shrink.append((len(ba), size(ba)))
print('pop shrink:', shrink)
for args in [('abc',), (5, 'utf-8'), ([300],), (['a'],), (-1,), (1.5,)]:
    try:
        bytearray(*args)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: bytearray().pop(), lambda: bytearray(b'a').remove(5),
             lambda: bytearray(b'a').append(256), lambda: bytearray().extend(5),
             lambda: bytearray(b'a').pop(3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
