# Path's file system operations, inside a fresh temporary folder.
import os
import shutil
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())


def rel(p):
    return p.relative_to(base).as_posix()


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(rel(r) if isinstance(r, Path) and r.is_absolute() else repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), '<base>'))


d = base / 'd'
show(d.mkdir)
show(d.mkdir)
show(d.mkdir, exist_ok=True)
show((base / 'x' / 'y').mkdir)
show((base / 'x' / 'y' / 'z').mkdir, parents=True)
show((base / 'x' / 'y' / 'z').mkdir, parents=True, exist_ok=True)
print(d.exists(), d.is_dir(), d.is_file(), d.is_symlink(), (base / 'nope').exists())

f = d / 'a.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes())
print(f.write_bytes(b'\x00\xff'), f.read_bytes(), f.stat().st_size)
print(f.write_bytes(bytearray(b'abc')), f.write_bytes(memoryview(b'xyz')), f.read_text())
show(f.write_text, b'x')
show(f.write_bytes, 'x')
print(f.exists(), f.is_file(), f.is_dir())
with f.open('w') as fh:
    fh.write('via open')
with f.open() as fh:
    print(fh.read())
with f.open('rb') as fh:
    print(fh.read())
show((d / 'missing.txt').read_text)
show(d.read_text)

# touch
t = d / 't.dat'
show(t.touch)
print(t.exists(), t.stat().st_size)
show(t.touch)
show(t.touch, exist_ok=False)
os.utime(t, (1000, 2000))
t.touch()
print(t.stat().st_mtime > 2000)
t2 = d / 't2'
t2.touch(mode=0o600, exist_ok=False)
print(oct(t2.stat().st_mode & 0o777))
t2.chmod(0o640)
print(oct(t2.stat().st_mode & 0o777))

# iterdir
print(sorted(rel(p) for p in d.iterdir()))
show(lambda: list((base / 'nope').iterdir()))
show(lambda: list(f.iterdir()))

# rename / replace / unlink / rmdir
r = f.rename(d / 'b.txt')
print(type(r).__name__, rel(r), f.exists(), r.exists())
show(f.rename, d / 'c.txt')
(d / 'c.txt').write_text('c')
r2 = r.replace(d / 'c.txt')
print(rel(r2), r2.read_text(), r.exists())
show((d / 'c.txt').unlink)
show((d / 'c.txt').unlink)
show((d / 'c.txt').unlink, missing_ok=True)
show(d.rmdir)
show(d.unlink)
show((base / 'x' / 'y' / 'z').rmdir)
show((base / 'x' / 'y' / 'z').rmdir)

# symlinks, samefile, resolve
(base / 'target.txt').write_text('T')
link = base / 'link'
link.symlink_to('target.txt')
print(link.is_symlink(), link.is_file(), link.exists(), link.read_text(), link.readlink())
print(link.samefile(base / 'target.txt'), link.samefile(str(base / 'target.txt')),
      link.samefile(d / 't2'))
print(rel(link.resolve()), rel((base / 'x' / '..' / 'link').resolve()))
print(rel((base / 'x' / 'nope' / '..').resolve()))
show((base / 'x' / 'nope').resolve, strict=True)
dangling = base / 'dangling'
dangling.symlink_to('nowhere')
print(dangling.is_symlink(), dangling.exists(), dangling.is_file())
show(dangling.stat)
print(dangling.lstat().st_size == len('nowhere'))
loop = base / 'loop'
loop.symlink_to('loop')
show(loop.resolve)
show(loop.exists)
print(loop.is_symlink())

# cwd, absolute, home, expanduser
old = os.getcwd()
os.chdir(base)
try:
    print(Path.cwd() == base.resolve(), Path('q').absolute() == base.resolve() / 'q')
    print(Path('/abs').absolute(), type(Path.cwd()).__name__)
finally:
    os.chdir(old)
print(Path.home() == Path(os.path.expanduser('~')), Path('~/a').expanduser() == Path.home() / 'a')
print(Path('a/~').expanduser(), Path('/~').expanduser())
print((base / 'x').is_mount(), Path('/').is_mount(), (base / 'nope').is_mount())
print(f.is_block_device(), f.is_char_device(), f.is_fifo(), f.is_socket())
print(Path('/dev/null').is_char_device())
show(Path('bad\0name').exists)
show(Path('bad\0name').stat)

shutil.rmtree(base)
print(base.exists())
