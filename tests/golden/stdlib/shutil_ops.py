# shutil: copyfileobj lengths, copyfile/copy/copy2/copymode/copystat with links,
# FIFOs, Path and bytes arguments, and move's cases and messages.
import io
import os
import pathlib
import shutil
import subprocess
import tempfile


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        shown = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
        print(f.__name__, '=>', type(e).__name__, str(e).replace(base, '<base>'), e.args[1:2],
              'chained', type(shown).__name__ if shown else None)
    else:
        print(f.__name__, '->', repr(r).replace(base, '<base>'))


class Reader:
    def __init__(self, data):
        self.data = data
        self.sizes = []

    def read(self, n):
        self.sizes.append(n)
        piece, self.data = self.data[:max(n, 0) or len(self.data)], self.data[max(n, 0) or len(self.data):]
        return piece


for length in (0, 1, 7, 100, -1):
    r = Reader(b'abcdefghij' * 3)
    out = io.BytesIO()
    print(length, shutil.copyfileobj(r, out, length), out.getvalue()[:12], r.sizes)
r = Reader(b'xy')
shutil.copyfileobj(r, io.BytesIO())
print(r.sizes, shutil.COPY_BUFSIZE)
text = io.StringIO()
shutil.copyfileobj(io.StringIO('text ' * 3), text, 4)
print(repr(text.getvalue()))

with tempfile.TemporaryDirectory() as base:
    os.chdir(base)
    with open('a', 'w') as f:
        f.write('hello')
    os.chmod('a', 0o640)
    os.utime('a', ns=(1_000_000_000, 2_000_000_000))
    os.mkdir('dir')
    subprocess.run(['mkfifo', 'fifo'], check=True)   # refpy's os has no mkfifo
    os.symlink('a', 'lnk')
    os.symlink('missing', 'dangling')
    os.symlink('fifo', 'lfifo')

    show(shutil.copyfile, 'a', 'a')
    show(shutil.copyfile, 'a', pathlib.Path('a'))
    show(shutil.copyfile, pathlib.Path('lnk'), 'a')
    show(shutil.copyfile, 'a', './lnk')
    show(shutil.copyfile, 'fifo', 'b')
    show(shutil.copyfile, 'a', 'fifo')
    show(shutil.copyfile, 'lfifo', 'b', follow_symlinks=False)
    show(shutil.copyfile, 'a', 'dir')
    show(shutil.copyfile, 'a', 'dir/')
    show(shutil.copyfile, 'a', 'nodir/')
    show(shutil.copyfile, 'a', 'nodir/x')
    show(shutil.copyfile, 'missing', 'nodir/x')
    show(shutil.copyfile, 'dir', 'x')
    show(shutil.copyfile, 'lnk', 'c1', follow_symlinks=False)
    print(os.path.islink('c1'), os.readlink('c1'))
    show(shutil.copyfile, 'dangling', 'c2', follow_symlinks=False)
    print(os.path.islink('c2'), os.readlink('c2'))
    show(shutil.copyfile, 'dangling', 'c3')
    show(shutil.copyfile, 'lnk', 'c4')
    print(os.path.islink('c4'), open('c4').read())
    show(shutil.copyfile, pathlib.Path('a'), pathlib.Path('c5'))
    show(shutil.copyfile, b'a', b'c6')

    show(shutil.copy, 'a', 'dir')
    print(oct(os.stat('dir/a').st_mode & 0o777), os.stat('dir/a').st_mtime_ns == 2_000_000_000)
    show(shutil.copy2, 'a', 'dir/')
    print(oct(os.stat('dir/a').st_mode & 0o777), os.stat('dir/a').st_mtime_ns)
    show(shutil.copy, pathlib.Path('a'), 'dir')
    show(shutil.copy, 'a', pathlib.Path('dir'))
    show(shutil.copy2, 'a', pathlib.Path('c7'))
    show(shutil.copy, b'a', b'dir')
    show(shutil.copy, 'a', 'a')
    show(shutil.copy2, 'dir', 'z')
    show(shutil.copy, 'lnk', 'c8', follow_symlinks=False)
    print(os.path.islink('c8'))
    show(shutil.copy2, 'lnk', 'dir', follow_symlinks=False)
    print(os.path.islink('dir/lnk'), os.lstat('dir/lnk').st_mtime_ns == os.lstat('lnk').st_mtime_ns)

    with open('m', 'w') as f:
        f.write('m')
    os.chmod('m', 0o600)
    show(shutil.copymode, 'a', 'm')
    print(oct(os.stat('m').st_mode & 0o777))
    show(shutil.copymode, 'missing', 'm')
    os.chmod('m', 0o600)
    show(shutil.copymode, 'lnk', 'c8', follow_symlinks=False)      # both links: nothing happens
    print(oct(os.stat('a').st_mode & 0o777))
    show(shutil.copymode, 'lnk', 'm', follow_symlinks=False)
    print(oct(os.stat('m').st_mode & 0o777))
    show(shutil.copystat, 'a', 'm')
    print(oct(os.stat('m').st_mode & 0o777), os.stat('m').st_mtime_ns)
    show(shutil.copystat, 'missing', 'm')
    show(shutil.copystat, 'dir', 'm')
    print(oct(os.stat('m').st_mode & 0o7777 & ~0o022))

    # move
    show(shutil.move, 'c5', 'dir')
    show(shutil.move, 'dir/c5', 'dir')
    show(shutil.move, 'dir', 'dir/sub')
    show(shutil.move, 'dir', 'dir')
    show(shutil.move, 'missing', 'q')
    show(shutil.move, 'dir/c5', '.')
    show(shutil.move, pathlib.Path('c6'), 'dir')
    show(shutil.move, 'dir/c6', pathlib.Path('.'))
    show(shutil.move, pathlib.Path('c6'), pathlib.Path('c9'))
    show(shutil.move, 'c9', 'dir/')
    show(shutil.move, 'c7', 'nodir/c7')
    os.mkdir('d2')
    open('d2/b', 'w').close()
    show(shutil.move, 'd2', 'dir/')
    show(shutil.move, 'dir/d2/', 'dir2')
    show(shutil.move, 'lnk', 'lnk2')
    print(os.path.islink('lnk2'), os.readlink('lnk2'))
    show(shutil.move, b'dir2', b'dir3')
    show(shutil.move, 'dangling', 'dir')
    print(os.path.islink('dir/dangling'))
    print(sorted(os.listdir('.')), sorted(os.listdir('dir')))
    os.chdir('/')
