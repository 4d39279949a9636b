# base64: argument forms (positional/keyword, str, bytearray, memoryview, array),
# wrapcol edge values, legacy file functions with short reads, and exception chaining.
import array
import base64
import io
import sys


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        # what a traceback would show above this error
        shown = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
        return '%s: %s [chained %s]' % (type(e).__name__, e,
                                         type(shown).__name__ if shown else None)


inputs = [b'hello', bytearray(b'hello'), memoryview(b'hello'), array.array('B', b'hello'),
          array.array('h', [1, 2]), memoryview(b'abcdef').cast('B', (2, 3))]
for data in inputs:
    name = type(data).__name__
    print(name, attempt(base64.b64encode, data), attempt(base64.b32encode, data),
          attempt(base64.b16encode, data), attempt(base64.b85encode, data),
          attempt(base64.a85encode, data), attempt(base64.encodebytes, data))

for text in ['aGVsbG8=', b'aGVsbG8=', bytearray(b'aGVsbG8='), memoryview(b'aGVsbG8='),
             array.array('B', b'aGVsbG8=')]:
    print(type(text).__name__, attempt(base64.b64decode, text), attempt(base64.urlsafe_b64decode, text),
          attempt(base64.standard_b64decode, text), attempt(base64.decodebytes, text))

print(attempt(base64.b64decode, 'aGVsbG8=', None, True), attempt(base64.b64decode, 'aGVs bG8=', None, 0))
print(attempt(base64.b64decode, 'aGVs bG8=', validate=2), attempt(base64.b64decode, 'aGVsbG8=', validate=[]))
print(attempt(base64.b64decode, b'-_-_', '-_'), attempt(base64.b64decode, b'-_-_', bytearray(b'-_')))
print(attempt(base64.b64decode, b'-_-_', memoryview(b'-_')), attempt(base64.b64decode, b'x', altchars=5))
print(attempt(base64.b64encode, b'\xfb\xef', b'*!'), attempt(base64.b64encode, b'\xfb\xef', altchars=b'*!?'))
print(attempt(base64.b32decode, 'mzxw6===', 1), attempt(base64.b32decode, 'MZXW6===', False, None))
print(attempt(base64.b32decode, 'M0XW1===', False, 'I'), attempt(base64.b32decode, 'M0XW1===', map01=bytearray(b'L')))
print(attempt(base64.b32decode, 'M0XW1===', map01='\u00e9'), attempt(base64.b32decode, 'M0XW1===', map01=b'IL'))
print(attempt(base64.b32decode, 'M0XW1==', map01=b'IL'), attempt(base64.b32decode, '\u00e9', map01=b'IL'))
print(attempt(base64.b32hexdecode, 'cpnmu===', 1), attempt(base64.b32hexdecode, b'CPNMU==='))
print(attempt(base64.b16decode, 'abcd', True), attempt(base64.b16decode, 'ABCD', casefold=False))
print(attempt(base64.b85encode, b'abc', True), attempt(base64.b85encode, b'abc', pad=0))
print(attempt(base64.a85encode, b'abc', True), attempt(base64.a85decode, b'abc', True))
print(attempt(base64.b85decode, b'abc', True))

# errors and how they chain
print(attempt(base64.b64decode, 'caf\u00e9'))
print(attempt(base64.b64decode, 3.5))
print(attempt(base64.b32decode, b'MF!GG==='))
print(attempt(base64.b85decode, b'~~~~~'))
print(attempt(base64.b85decode, b'  '))
print(attempt(base64.a85decode, b'uuuuu'))
print(attempt(base64.encodebytes, 'str'))
print(attempt(base64.decodebytes, array.array('d', [1.0])))

# wrapcol and adobe
text = b'The quick brown fox jumps over the lazy dog'
for wrapcol in (0, 1, 2, 3, 6, 7, 8, 40, 100, -3, True, False, None, 4.0):
    print(repr(wrapcol), attempt(base64.a85encode, text[:17], wrapcol=wrapcol),
          attempt(base64.a85encode, text[:17], wrapcol=wrapcol, adobe=True))
for n in range(0, 9):
    print(n, base64.a85encode(text[:n], wrapcol=3, adobe=True), base64.a85encode(b'\0' * n, wrapcol=2))
print(attempt(base64.a85encode, text, wrapcol=4.5))
print(attempt(base64.a85encode, text, wrapcol='5'))
print(attempt(base64.a85encode, text, wrapcol=1.5, adobe=True))

# padding and folding at the end
for n in range(9):
    zeros, spaces = b'\0' * n, b' ' * n
    print(n, base64.a85encode(zeros), base64.a85encode(zeros, pad=True),
          base64.a85encode(spaces, foldspaces=True), base64.a85encode(spaces, foldspaces=True, pad=True),
          base64.b85encode(zeros), base64.b85encode(zeros, pad=True))

# the legacy file functions


class Trickle:
    """A reader that hands out at most 10 bytes per read."""

    def __init__(self, data):
        self.data = data
        self.reads = 0

    def read(self, n=-1):
        self.reads += 1
        piece, self.data = self.data[:min(n, 10)], self.data[min(n, 10):]
        return piece


src = Trickle(bytes(range(130)))
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue(), src.reads)
lines = io.BytesIO(out.getvalue() + b'\n!!\nYQ==\n')
back = io.BytesIO()
base64.decode(lines, back)
print(back.getvalue()[-4:], len(back.getvalue()))
print(attempt(base64.encode, io.StringIO('text'), io.BytesIO()))
print(attempt(base64.decode, io.BytesIO(b'YWJjZ\n'), io.BytesIO()))
empty = io.BytesIO()
base64.encode(io.BytesIO(b''), empty)
print(empty.getvalue())
print(sys.getrefcount(base64.MAXBINSIZE) > 0, base64.MAXLINESIZE, base64.bytes_types)
