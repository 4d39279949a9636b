# When tempfile's objects remove their files: NamedTemporaryFile wrappers and the
# methods they hand out, delete=False, TemporaryDirectory cleanup (explicit,
# implicit with a ResourceWarning, repeated), SpooledTemporaryFile roll-overs.
import gc
import os
import sys
import tempfile
import warnings

with tempfile.TemporaryDirectory() as base:
    f = tempfile.NamedTemporaryFile(dir=base, suffix='.x')
    name = f.name
    print(os.path.exists(name), f.delete, f.file is not None, f.name == f.file.name)
    w = f.write
    print(w.__name__, f.write is w, callable(w), f.closed, f.mode)
    w(b'abc')
    del f
    gc.collect()
    print('after del wrapper', os.path.exists(name))
    del w
    print('after del method', os.path.exists(name))

    f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False, encoding='latin-1')
    name = f.name
    f.write('é\n')
    f.close()
    f.close()
    print(f.closed, os.path.exists(name), open(name, 'rb').read())
    os.unlink(name)

    with tempfile.NamedTemporaryFile('w+t', dir=base) as f:
        f.write('a\nb\n')
        f.seek(0)
        print(list(f), [line for line in f])
        name = f.name
        r = f.__enter__()
        print(r is f)
    print(f.closed, os.path.exists(name))

    f = tempfile.NamedTemporaryFile(dir=base)
    name = f.name
    print(type(f).__name__, sys.getrefcount(f))
    f.close()
    print(os.path.exists(name), f.closed)
    try:
        f.write(b'x')
    except ValueError as exc:
        print('ValueError', exc)

    for mode in ['r', 'w', 'q', 'rw', '', 'rbt', 'w+b+', 'b', 'xb', 5]:
        try:
            tempfile.NamedTemporaryFile(mode, dir=base)
            print(mode, 'ok')
        except (ValueError, TypeError) as exc:
            print(repr(mode), type(exc).__name__, exc)
    try:
        tempfile.TemporaryFile('wb', encoding='utf-8', dir=base)
    except ValueError as exc:
        print('ValueError', exc)
    print(sorted(os.listdir(base)))

    t = tempfile.TemporaryDirectory(dir=base, prefix='td')
    print(repr(t).replace(base, 'BASE')[:27], os.path.isdir(t.name))
    t.cleanup()
    t.cleanup()
    print(os.path.exists(t.name))
    os.mkdir(t.name)
    t.cleanup()
    print('recreated removed', os.path.exists(t.name))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        t = tempfile.TemporaryDirectory(dir=base)
        name = t.name
        open(os.path.join(name, 'f'), 'w').close()
        del t
        gc.collect()
    print(os.path.exists(name), [(w.category.__name__, str(w.message).replace(base, 'BASE')[:40])
                                 for w in caught])
    t = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
    with t as got:
        print(got == t.name)
    print(os.path.exists(t.name), tempfile.TemporaryDirectory[str])

    s = tempfile.SpooledTemporaryFile(max_size=5, mode='w+', dir=base, errors='ignore')
    print(s.encoding, s.errors, s.mode, s.name, s.newlines, s._rolled)
    s.writelines(['ab', 'cdef'])
    print(s._rolled, s.tell(), s.encoding, s.errors, s.mode)
    s.seek(0)
    print(repr(s.read()), s.readable(), s.writable(), s.seekable())
    s.close()
    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    s.write(b'abc')
    s.truncate(2)
    print(s._rolled, s.tell())
    s.truncate(20)
    print(s._rolled)
    s.seek(0)
    print(s.read(), s.isatty())
    s.close()
    s = tempfile.SpooledTemporaryFile(dir=base)
    s.write(b'x' * 1000)
    print(s._rolled, s.tell(), s.read1 is not None)
    s.seek(0)
    print(s.readline()[:3], s.readlines())
    s.truncate()
    s.seek(0)
    print(s.read(), s.closed)
    with s:
        pass
    print(s.closed)
    print(tempfile.SpooledTemporaryFile[bytes])
    print(sorted(os.listdir(base)))
