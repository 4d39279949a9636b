# sys.getsizeof of io.BytesIO follows bytesio.c: its buffer is a bytes object, counted
# unless shared (the initial bytes, what getvalue() or a whole read() handed out), grown
# by resize_buffer()'s rule, copied by the first change while shared, and exact again
# after getvalue()/getbuffer(). StringIO has no __sizeof__ of its own; re.Match objects
# carry two slots per group. And gc tracking of each.
import gc
import io
import re
import sys


def sz(label, obj):
    print(label, sys.getsizeof(obj))


b = io.BytesIO()
sz('empty', b)
b.write(b'x' * 100)
sz('write 100', b)
b.write(b'y' * 5000)
sz('write 5100', b)
v = b.getvalue()
sz('getvalue kept', b)
print('refcount of value', sys.getrefcount(v))
del v
sz('getvalue dropped', b)
v = b.getvalue()
m = b.getbuffer()
sz('getbuffer while shared', b)
del m
sz('view released', b)
b.write(b'z')
sz('write after', b)

data = bytes(range(200))
b3 = io.BytesIO(data)
sz('init shared', b3)
print('same object', b3.getvalue() is data)
del data
sz('init sole owner', b3)
b3.seek(0, 2)
b3.write(b'q')
sz('append', b3)
b2 = io.BytesIO(b'abc' * 100)
b2.write(b'z')
sz('overwrite shared constant', b2)
sz('bytearray init', io.BytesIO(bytearray(b'hello world')))
sz('memoryview init', io.BytesIO(memoryview(b'0123456789abcdef')))
for n in (1, 2, 5, 9, 10, 50, 200):
    b5 = io.BytesIO()
    for i in range(n):
        b5.write(b'ab')
    sz('writes %d' % n, b5)
b5.writelines([b'x' * 7] * 20)
sz('writelines', b5)
b6 = io.BytesIO(bytes(100))
r = b6.read()
sz('read all kept', b6)
print('read is getvalue', r is b6.getvalue())
del r
b6.truncate(80)
sz('truncate 80', b6)
b6.truncate(10)
sz('truncate 10', b6)
print(b6.getvalue())
sz('getvalue after truncate', b6)
b7 = io.BytesIO(b'line1\nline2\n')
first = b7.readline()
sz('readline', b7)
b7.seek(100)
b7.write(b'!')
sz('overseek write', b7)
b7.close()
sz('closed', b7)


class Sub(io.BytesIO):
    pass


s = Sub()
s.write(b'abc')
sz('subclass', s)
b9 = io.BytesIO(b'a')
sz('one byte', b9)
b9.write(b'b')
sz('one byte written', b9)
print('tracked', gc.is_tracked(b9), gc.is_tracked(io.StringIO()), gc.is_tracked(s))

t = io.StringIO()
sz('StringIO empty', t)
t.write('a' * 1000)
sz('StringIO 1000', t)
t.getvalue()
sz('StringIO getvalue', t)
sz('StringIO init', io.StringIO('x\u20ac' * 50))

for pat, text in [('a', 'a'), ('(a)(b)', 'ab'), (r'(?P<x>\d+)-(\w+)', '12-ab'),
                  (r'(a)?(b)?(c)?(d)?(e)?', 'abcde'), (b'(x)', b'x')]:
    mm = re.search(pat, text)
    print(repr(pat), 'match size', sys.getsizeof(mm), gc.is_tracked(mm),
          'pattern tracked', gc.is_tracked(mm.re))
