# str methods that cut their receiver (split, rsplit, splitlines, strip, partition,
# removeprefix/suffix) on ASCII and non-ASCII text, and partition's middle item being the
# separator object itself (for str and bytes), as CPython's stringlib hands it back.
import sys

texts = ['a.b.c', ' person.name ', 'é.ü..日本', '  añb  c\u3000d ', 'line1\nlínea2\r\nx\ry']
for t in texts:
    print(repr(t))
    print('  split', t.split(), t.split('.'), t.split('.', 1), t.rsplit('.', 1))
    print('  strip', repr(t.strip()), repr(t.lstrip(' l')), repr(t.rstrip('é .')))
    print('  lines', t.splitlines(), t.splitlines(True))
    print('  partition', t.partition('.'), t.rpartition('.'))
    print('  fix', t.removeprefix('a.'), t.removesuffix('..日本'), t.removeprefix('é'))

sep = '.'
print(sep is 'x.y'.partition(sep)[1], sep is 'x.y'.rpartition(sep)[1])


class MyStr(str):
    pass


m = MyStr('.')
part = 'x.y'.partition(m)[1]
print(type(part).__name__, part is m)
before = sys.getrefcount(sep)
kept = 'a.b'.partition(sep)
print(sys.getrefcount(sep) - before)
ba = bytearray(b',')
print(type(b'a,b'.partition(ba)[1]).__name__, b'a,b'.partition(ba)[1] is ba)
mv = memoryview(b',')
print(type(b'a,b'.rpartition(mv)[1]).__name__)
bsep = b','
print(b'a,b'.partition(bsep)[1] is bsep)
out = bytearray(b'a,b').partition(b',')
print(out, out[1] is bsep)
print('x.y'.partition('?'), b'xy'.rpartition(b'?'))

# A subclass receiver: pieces are exact str.
print([type(p).__name__ for p in MyStr('a b').split()], type(MyStr('a').strip()).__name__)
print(type(MyStr(' a ').strip()).__name__, type(MyStr('ab').removeprefix('a')).__name__)
