# NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile and TemporaryDirectory.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()


def listing():
    return sorted(os.listdir(base))


# NamedTemporaryFile: binary by default, removed on close
with tempfile.NamedTemporaryFile(dir=base, prefix='n_', suffix='.bin') as f:
    print(type(f).__name__, os.path.isabs(f.name), os.path.dirname(f.name) == base)
    print(f.mode, f.delete, os.path.exists(f.name), os.path.basename(f.name)[:2])
    print(f.write(b'hello '), f.write(b'world'))
    f.flush()
    with open(f.name, 'rb') as other:
        print(other.read())
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(6)
    print(f.read(3), f.readable(), f.writable(), f.seekable(), f.closed)
    name = f.name
print(os.path.exists(name), f.closed, listing())

# Text mode, iteration, delete=False
f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False)
print(f.mode, f.write('line1\nline2\n'))
f.seek(0)
print(list(f))
f.seek(0)
print(f.readline(), f.readlines())
f.close()
print(os.path.exists(f.name))
with open(f.name) as other:
    print(repr(other.read()))
os.unlink(f.name)

# Errors in the arguments
for kwargs in [dict(mode='q'), dict(mode='wb', encoding='utf-8'), dict(prefix=b'x')]:
    try:
        tempfile.NamedTemporaryFile(dir=base, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(listing())
for mode in ['w+b', 'w+']:
    f = tempfile.NamedTemporaryFile(mode, dir=base)
    f.close()
    f.close()
    data = b'x' if 'b' in mode else 'x'
    for op, args in [('write', (data,)), ('read', ()), ('seek', (0,)), ('tell', ()),
                     ('readline', ()), ('flush', ()), ('truncate', ()),
                     ('readable', ()), ('writable', ()), ('seekable', ()),
                     ('isatty', ()), ('__iter__', ()), ('readlines', ()),
                     ('writelines', ([],))]:
        try:
            getattr(f.file, op)(*args)
        except ValueError as e:
            print(mode, op, 'ValueError', e)
for mode, data in [('wb', None), ('w', None), ('w', b'x'), ('w+b', 'x')]:
    with tempfile.NamedTemporaryFile(mode, dir=base) as f:
        print(mode, f.file.mode, f.mode)
        try:
            f.read() if data is None else f.write(data)
        except Exception as e:
            print(type(e).__name__, e)
try:
    tempfile.NamedTemporaryFile(dir=os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

# TemporaryFile
with tempfile.TemporaryFile(dir=base) as t:
    t.write(b'abc')
    t.seek(0)
    print(t.read(), t.closed)
print(t.closed, listing())
with tempfile.TemporaryFile('w+', dir=base) as t:
    t.write('text')
    t.seek(0)
    print(repr(t.read()))
print(listing())

# SpooledTemporaryFile stays in memory until max_size is passed
s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
print(s._rolled, s.name, s.mode, s.closed)
s.write(b'12345')
print(s._rolled, s.tell())
s.write(b'6789012')
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed, listing())
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('abc\ndef\n')
    s.seek(0)
    print(s.readline(), s.read(), s._rolled, s.mode)
    s.rollover()
    print(s._rolled)
    s.seek(0)
    print(s.readlines())
print(listing())
s = tempfile.SpooledTemporaryFile()
s.close()
try:
    with s:
        pass
except ValueError as e:
    print('ValueError', e)

# TemporaryDirectory
with tempfile.TemporaryDirectory(dir=base, prefix='td_') as name:
    print(type(name).__name__, os.path.isdir(name), os.path.basename(name)[:3])
    os.makedirs(os.path.join(name, 'a', 'b'))
    with open(os.path.join(name, 'a', 'f.txt'), 'w') as f:
        f.write('x')
print(os.path.exists(name), listing())
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
td = tempfile.TemporaryDirectory(dir=base)
path = td.name
del td
print(os.path.exists(path), listing())
print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile[str])

shutil.rmtree(base)
print(os.path.exists(base))
