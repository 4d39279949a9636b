# os: files and folders under a fresh folder in /tmp (removed at the end); stat, walk,
# makedirs, remove, rename, and the OSError subclasses with CPython's messages.
import os

base = '/tmp/refpy_os_files_%d' % os.getpid()
os.mkdir(base)
try:
    os.makedirs(os.path.join(base, 'a', 'b', 'c'))
    os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
    os.mkdir(os.path.join(base, 'z'))
    with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
        f.write('hello')
    with open(os.path.join(base, 'a', 'b', 'g.bin'), 'wb') as f:
        f.write(b'\0' * 1000)
    print(sorted(os.listdir(base)), sorted(os.listdir(base + '/a')))
    print(sorted(os.listdir(os.fsencode(base))))
    st = os.stat(base + '/a/f.txt')
    print(st.st_size, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[6], len(st),
          oct(st.st_mode & 0o170000), os.path.getsize(base + '/a/b/g.bin'))
    print(st.st_mtime == os.path.getmtime(base + '/a/f.txt'), int(st.st_mtime) == st[8])
    for p in ['', '/a', '/a/f.txt', '/a/b', '/nope']:
        print(repr(p), os.path.exists(base + p), os.path.isfile(base + p), os.path.isdir(base + p),
              os.path.islink(base + p))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(root[len(base):] or '.', dirs, sorted(files))
    print([r[len(base):] for r, d, f in sorted(os.walk(base, topdown=False))])
    with os.scandir(base + '/a') as it:
        print(type(it).__name__)
        for e in sorted(it, key=lambda e: e.name):
            print(repr(e), e.name, e.path.replace(base, 'BASE'), e.is_dir(), e.is_file(),
                  e.is_symlink(), type(e).__name__, os.fspath(e) == e.path,
                  e.stat().st_size if e.is_file() else '-', e.inode() == os.stat(e.path).st_ino)
    errors = []
    print(list(os.walk(base + '/nope', onerror=errors.append)), [type(e).__name__ for e in errors])
    os.rename(base + '/a/f.txt', base + '/z/moved.txt')
    print(sorted(os.listdir(base + '/z')), os.path.exists(base + '/a/f.txt'))
    os.replace(base + '/z/moved.txt', base + '/z/again.txt')
    print(sorted(os.listdir(base + '/z')))
    rel = os.path.relpath(base + '/a/b', base)
    print(rel, os.path.normpath(os.path.join(base, rel, '..')) == base + '/a')
    cases = [
        "os.stat(base + '/nope')", "os.listdir(base + '/nope')", "os.mkdir(base)",
        "os.makedirs(base)", "os.remove(base + '/a')", "os.unlink(base + '/nope')",
        "os.rmdir(base + '/a')", "os.rmdir(base + '/nope')",
        "os.rename(base + '/nope', base + '/other')", "os.listdir(base + '/z/again.txt')",
        "os.stat('')", "os.stat(None)", "os.listdir(1.5)", "os.mkdir(None)", "os.remove(3.5)",
        "os.rmdir([])", "os.stat('a\\0b')", "os.chdir(base + '/nope')",
        "os.path.getsize(base + '/nope')", "os.scandir(base + '/nope')", "os.scandir('')",
    ]
    for c in cases:
        try:
            eval(c)
            print(c, 'ok')
        except OSError as e:
            print(c.replace("base + ", ''), '!!', type(e).__name__, e.errno, e.strerror,
                  str(e).replace(base, 'BASE'), e.filename.replace(base, 'BASE'),
                  e.filename2 and e.filename2.replace(base, 'BASE'))
        except Exception as e:
            print(c, '!!', type(e).__name__ + ':', e)
    try:
        open(base + '/nope/x')
    except FileNotFoundError as e:
        print(isinstance(e, OSError), e.args)
    old = os.getcwd()
    os.chdir(base + '/a')
    print(os.getcwd() == base + '/a', os.path.abspath('b') == base + '/a/b', sorted(os.listdir()))
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir('b')))
    os.chdir(old)
finally:
    os.remove(base + '/a/b/g.bin')
    os.remove(base + '/z/again.txt')
    os.removedirs(base + '/a/b/c')
    os.rmdir(base + '/z')
    if os.path.exists(base):
        os.rmdir(base)
print(os.path.exists(base), os.getppid() > 0, os.getppid() != os.getpid())
