# The classes of open()'s results and of the io module: FileIO under BufferedReader/
# BufferedWriter/BufferedRandom under TextIOWrapper, the abstract bases, user raw streams.
import io, os, tempfile, array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    for mode in ['w', 'r', 'a', 'r+', 'w+', 'a+', 'wb', 'rb', 'ab', 'r+b', 'w+b', 'a+b', 'x', 'xb']:
        if mode.startswith('x'):
            os.remove(p)
        f = open(p, mode)
        print(mode, type(f).__name__, f.mode, isinstance(f, io.TextIOBase),
              isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase),
              isinstance(f, io.RawIOBase), isinstance(f, io.TextIOWrapper))
        if hasattr(f, 'buffer'):
            print('  buffer', type(f.buffer).__name__, f.buffer.mode, type(f.buffer.raw).__name__,
                  f.buffer.raw.mode, f.buffer.name == p, f.buffer.raw.closefd)
        else:
            print('  raw', type(f.raw).__name__, f.raw.mode, f.raw.name == p)
        print('  ', f.readable(), f.writable(), f.seekable(), f.closed)
        f.close()
        print('  closed', f.closed, f.buffer.closed if hasattr(f, 'buffer') else f.raw.closed)
    f = open(p, 'rb', buffering=0)
    print(type(f).__name__, f.mode, repr(f).replace(p, 'P'), isinstance(f, io.RawIOBase), f.closefd)
    f.close()
    print(repr(f))
    f = open(p, 'wb', buffering=0)
    t(lambda: f.write(b'abc'))
    with open(p, 'rb') as g:
        t(lambda: g.read())
    f.close()
    t(lambda: open(p, 'r', buffering=0))
    t(lambda: open(p, 'rt+b'))
    t(lambda: open(p, 'rw'))
    t(lambda: open(p, 'rr'))
    t(lambda: open(p, 'q'))
    t(lambda: open(p, 'rb', encoding='utf-8'))
    t(lambda: open(p, 'rb', errors='strict'))
    t(lambda: open(p, 'rb', newline=''))
    t(lambda: open(p, 'r', newline='x'))
    t(lambda: open(p, 'r', encoding=1))
    t(lambda: open(p, 1))
    t(lambda: open(p, 'r', closefd=False))
    t(lambda: open(os.path.join(d, 'missing')).close() if False else open('missing-' + 'x' * 3))
    f = open(p, 'r')
    print(repr(f).replace(p, 'P'), repr(f.buffer).replace(p, 'P'), repr(f.buffer.raw).replace(p, 'P'))
    print(f.line_buffering, f.write_through, f.errors, f.newlines, f.name == p, f.encoding)
    f.close()
    t(lambda: io.FileIO(p).read())
    f = io.FileIO(p, 'w')
    t(lambda: f.write(bytearray(b'xy'))); t(lambda: f.write(memoryview(b'zz')))
    t(lambda: f.tell()); t(lambda: f.read())
    f.close()
    t(lambda: open(p).read())
    t(lambda: io.FileIO(p, 'rw')); t(lambda: io.FileIO(p, 'rt')); t(lambda: io.FileIO(-1))
    t(lambda: io.FileIO(p, closefd=False))
    with open(p, 'wb') as f:
        t(lambda: f.write(array.array('b', [65, 66])))
        t(lambda: f.write(array.array('h', [67])))
        t(lambda: f.write(memoryview(b'CDE')[1:]))
        t(lambda: f.write(bytearray(b'EF')))
        t(lambda: f.write('x'))
        t(lambda: f.write(5))
        t(lambda: f.tell())
    t(lambda: open(p, 'rb').read())
    with open(p, 'rb') as f:
        ba = bytearray(3)
        t(lambda: f.readinto(ba)); t(lambda: ba)
        t(lambda: f.read1(2)); t(lambda: f.read1()); t(lambda: f.read1())
        t(lambda: f.seek(1)); t(lambda: f.readline()); t(lambda: f.tell())
        t(lambda: f.write(b'x'))
    with open(p, 'ab') as f:
        t(lambda: f.tell()); t(lambda: f.write(b'!')); t(lambda: f.tell()); t(lambda: f.read())
    with open(p, 'r+b') as f:
        t(lambda: f.seek(2)); t(lambda: f.write(b'__')); t(lambda: f.read(2))
        t(lambda: f.seek(0)); t(lambda: f.read())
        t(lambda: f.truncate(3)); t(lambda: f.seek(0, 2))
    t(lambda: open(p, 'rb').read())
    t(lambda: io.open is open)
    t(lambda: open(p, encoding='locale').encoding)
    t(lambda: io.BufferedReader(io.FileIO(p)).read())
    t(lambda: io.BufferedReader(io.BytesIO(b'abc')).read())
    t(lambda: io.open_code(p).read())

    class R(io.RawIOBase):
        def __init__(self):
            self.data = b'hello\nworld\n'
            self.calls = 0

        def readable(self):
            return True

        def readinto(self, b):
            self.calls += 1
            n = min(len(b), 3, len(self.data))
            b[:n] = self.data[:n]
            self.data = self.data[n:]
            return n

    r = R()
    t(lambda: r.read(2)); t(lambda: r.read())
    br = io.BufferedReader(R(), buffer_size=4)
    t(lambda: br.readline()); t(lambda: br.read()); t(lambda: br.raw.calls)
    t(lambda: repr(br))
    tw = io.TextIOWrapper(io.BufferedReader(R()))
    t(lambda: tw.readlines())
    t(lambda: R().readall()); t(lambda: R().readline()); t(lambda: list(R()))
    t(lambda: io.BufferedWriter(R()))

    class W(io.RawIOBase):
        def writable(self):
            return True

        def write(self, b):
            print('raw write', bytes(b))
            return len(b)

    bw = io.BufferedWriter(W())
    t(lambda: bw.write(b'abc')); print('before flush'); t(lambda: bw.flush()); t(lambda: bw.close())
    t(lambda: bw.closed)
    t(lambda: io.BufferedReader(W()))
    tw = io.TextIOWrapper(io.BufferedWriter(W()), encoding='utf-8')
    t(lambda: tw.write('é\n')); print('before close'); tw.close()
    t(lambda: io.RawIOBase().read())
    t(lambda: io.IOBase().read)
    t(lambda: io.IOBase().seek(0))
    t(lambda: io.IOBase().tell())
    t(lambda: io.IOBase().truncate())
    t(lambda: io.IOBase().fileno())
    t(lambda: io.IOBase().readable())
    t(lambda: io.IOBase().isatty())
    t(lambda: io.BufferedIOBase().read())
    t(lambda: io.BufferedIOBase().read1())
    t(lambda: io.BufferedIOBase().write(b''))
    t(lambda: io.BufferedIOBase().detach())
    t(lambda: io.TextIOBase().read())
    t(lambda: io.TextIOBase().readline())
    t(lambda: io.TextIOBase().write(''))
    t(lambda: io.TextIOBase().encoding)
    t(lambda: io.TextIOBase().newlines)
    t(lambda: io.BufferedIOBase().readinto(bytearray(2)))

    class C(io.IOBase):
        def close(self):
            print('close called')
            super().close()

    c = C()
    print(c.closed)
    del c
    c = C()
    with c as cc:
        print(cc is c)
    print(c.closed)
    t(lambda: c.__enter__())
    t(lambda: c.flush())
    del c

    class L(io.BufferedIOBase):
        def __init__(self):
            self.lines = [b'a\n', b'b']

        def read(self, n=-1):
            return self.lines.pop(0) if self.lines else b''

    t(lambda: list(L()))
    print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
          issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase),
          issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(io.StringIO, io.RawIOBase))
    print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
    print([k.__name__ for k in io.TextIOWrapper.__mro__])
    print([k.__name__ for k in io.RawIOBase.__mro__], [k.__name__ for k in io.FileIO.__mro__])
    print(io.TextIOWrapper.__module__, io.IOBase.__module__, io.UnsupportedOperation.__mro__)
    print(type(open(p)), type(open(p, 'rb')), io.StringIO, io.BytesIO)
    print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
