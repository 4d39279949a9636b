# Releasing views: release(), with, death and chained views; the operations a released
# view refuses; BufferError while a bytearray is exported, and resizing again after.
def t(label, f):
    try:
        r = f()
        print(label, 'ok' if r is None else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
ops = [
    ('append', lambda: ba.append(1)),
    ('extend', lambda: ba.extend(b'xy')),
    ('extend empty', lambda: ba.extend(b'')),
    ('extend []', lambda: ba.extend([])),
    ('insert', lambda: ba.insert(0, 1)),
    ('pop', lambda: ba.pop()),
    ('pop bad', lambda: ba.pop(10)),
    ('remove', lambda: ba.remove(ba[0])),
    ('remove missing', lambda: ba.remove(0)),
    ('clear', lambda: ba.clear()),
    ('reverse', lambda: ba.reverse()),
    ('setitem', lambda: ba.__setitem__(0, 65)),
    ('same-size slice', lambda: ba.__setitem__(slice(1, 3), b'XY')),
    ('grow slice', lambda: ba.__setitem__(slice(1, 3), b'XYZ')),
    ('shrink slice', lambda: ba.__setitem__(slice(1, 3), b'X')),
    ('ext slice', lambda: ba.__setitem__(slice(None, None, 2), b'123')),
    ('del item', lambda: ba.__delitem__(0)),
    ('del bad item', lambda: ba.__delitem__(10)),
    ('del slice', lambda: ba.__delitem__(slice(0, 2))),
    ('del empty slice', lambda: ba.__delitem__(slice(2, 2))),
    ('del ext slice', lambda: ba.__delitem__(slice(None, None, 2))),
    ('del empty ext slice', lambda: ba.__delitem__(slice(10, 20, 2))),
    ('iadd', lambda: ba.__iadd__(b'z')),
    ('iadd empty', lambda: ba.__iadd__(b'')),
    ('imul 1', lambda: ba.__imul__(1)),
    ('imul 2', lambda: ba.__imul__(2)),
    ('init', lambda: ba.__init__(b'q')),
    ('copy', lambda: ba.copy()),
]
for label, f in ops:
    t(label, f)

def augmented():
    global ba
    ba += b'!'
t('+=', augmented)
print(ba, m.tobytes())

# Views share one managed buffer: the bytearray stays exported until the last is released.
s = m[1:]
c = m.cast('c')
r = m.toreadonly()
m2 = memoryview(m)
m.release()
t('after m.release append', lambda: ba.append(33))
for v in (s, c, r):
    v.release()
t('one view left', lambda: ba.append(33))
with m2 as w:
    print(w is m2, w.tolist()[:3])
t('all released append', lambda: ba.append(33))
print(ba)

# Every operation on a released view.
m = memoryview(b'abc')
m.release()
m.release()
for label, f in [
    ('len', lambda: len(m)), ('item', lambda: m[0]), ('slice', lambda: m[:1]),
    ('obj', lambda: m.obj), ('nbytes', lambda: m.nbytes), ('format', lambda: m.format),
    ('shape', lambda: m.shape), ('readonly', lambda: m.readonly), ('ndim', lambda: m.ndim),
    ('c_contiguous', lambda: m.c_contiguous), ('tobytes', lambda: m.tobytes()),
    ('tolist', lambda: m.tolist()), ('hex', lambda: m.hex()), ('cast', lambda: m.cast('B')),
    ('toreadonly', lambda: m.toreadonly()), ('enter', lambda: m.__enter__()),
    ('exit', lambda: m.__exit__(None, None, None)), ('hash', lambda: hash(m)),
    ('bytes', lambda: bytes(m)), ('bytearray', lambda: bytearray(m)),
    ('memoryview', lambda: memoryview(m)), ('list', lambda: list(m)),
    ('eq self', lambda: m == m), ('eq bytes', lambda: m == b'abc'), ('ne', lambda: m != b'abc'),
    ('join', lambda: b''.join([m])), ('setitem', lambda: m.__setitem__(0, 1)),
]:
    t(label, f)
print(repr(m).startswith('<released memory at 0x'))

# A hash computed before the release stays.
h = memoryview(b'xyz')
hv = hash(h)
h.release()
print(hash(h) == hv == hash(b'xyz'))

# Release while iterating.
m = memoryview(b'abc')
it = iter(m)
print(next(it))
m.release()
t('next after release', lambda: next(it))

# with: the view is released on exit, also by an exception.
ba = bytearray(b'12')
try:
    with memoryview(ba) as v:
        t('inside with', lambda: ba.append(1))
        raise KeyError('k')
except KeyError:
    pass
print(repr(v).startswith('<released'), ba.append(51), ba)
with memoryview(ba) as v:
    pass
ba.extend(b'45')
print(ba)
