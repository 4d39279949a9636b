# Writing through a memoryview: items and slices of a bytearray, the read-only errors of
# bytes views and toreadonly(), CPython's value/type errors per format.
def t(label, f):
    try:
        r = f()
        print(label, 'ok' if r is None else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = 70
print(ba)
m[1:3] = b'XY'
print(ba)
m[::2] = b'123'
print(ba)
m[3:6] = bytearray(b'uvw')
print(ba)
m[0:2] = memoryview(b'pq')
print(ba)
m[1:5] = m[0:4]
print(ba)
m[:] = m[::-1]
print(ba)
m[2:2] = b''
print(ba)

def setitem(k, v):
    m[k] = v

def delitem(k):
    del m[k]

t('m[0]=256', lambda: setitem(0, 256))
t('m[0]=-1', lambda: setitem(0, -1))
t('m[0]=1.5', lambda: setitem(0, 1.5))
t("m[0]=b'a'", lambda: setitem(0, b'a'))
t('m[0]=True', lambda: setitem(0, True))
t('m[9]=1', lambda: setitem(9, 1))
t('m[0:2]=b"x"', lambda: setitem(slice(0, 2), b'x'))
t('m[0:2]=[1,2]', lambda: setitem(slice(0, 2), [1, 2]))
t('m[0:2]="ab"', lambda: setitem(slice(0, 2), 'ab'))
t('m[::2]=b"xy"', lambda: setitem(slice(None, None, 2), b'xy'))
t('m[0:2]=cast H', lambda: setitem(slice(0, 2), memoryview(b'ab').cast('H')))
t('m["a"]=1', lambda: setitem('a', 1))
t('m[0,]=66', lambda: setitem((0,), 66))
t('m[0,0]=1', lambda: setitem((0, 0), 1))
t('m[:, :]=b""', lambda: setitem((slice(None), slice(None)), b''))
t('del m[0]', lambda: delitem(0))
t('del m[0:2]', lambda: delitem(slice(0, 2)))
print(ba)

class Idx:
    def __index__(self):
        return 3

m[Idx()] = 100
print(ba, m[Idx()])

class Bad:
    def __index__(self):
        raise RuntimeError('boom')

t('m[0]=Bad()', lambda: setitem(0, Bad()))

r = memoryview(b'abc')
t('bytes m[0]=1', lambda: r.__setitem__(0, 1))
t('bytes del', lambda: r.__delitem__(0))
t('bytes slice', lambda: r.__setitem__(slice(0, 1), b'x'))
ro = m.toreadonly()
print(ro.readonly, m.readonly, ro.obj is ba, ro.tolist() == m.tolist())
t('ro m[0]=1', lambda: ro.__setitem__(0, 1))
print(ro.toreadonly().readonly, memoryview(ro).readonly, ro[1:].readonly)

# Typed writes through casts.
w = memoryview(bytearray(8))
for fmt, vals in (('b', [-128, 127, 128]), ('h', [-32768, 40000]), ('H', [65535, -1]),
                  ('i', [2 ** 31 - 1, 2 ** 31]), ('I', [2 ** 32 - 1, 2 ** 32]),
                  ('l', [-2 ** 63, 2 ** 63]), ('L', [2 ** 64 - 1, 2 ** 64, -1]),
                  ('q', [5, 'x']), ('Q', [2 ** 64 - 1]), ('f', [1.5, 10 ** 400, 'x', 2]),
                  ('d', [0.1, 7, float('nan')]), ('?', [0, [], [1], 'x']),
                  ('c', [b'z', b'zz', 'z', 1])):
    v = w.cast(fmt)
    for x in vals:
        t('%s <- %r' % (fmt, x), lambda: v.__setitem__(0, x))
        print('  ->', v[0] if fmt != 'd' or v[0] == v[0] else 'nan', w.tobytes().hex())
