# copyfile, copy, copy2, copymode, copystat, copyfileobj and their errors.
import io
import os
import shutil
import tempfile

base = tempfile.mkdtemp()


def p(*names):
    return os.path.join(base, *names)


def rel(path):
    return os.path.relpath(path, base) if os.path.isabs(path) else path


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(rel(os.fspath(r)) if isinstance(r, (str, os.PathLike)) else r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


with open(p('src.bin'), 'wb') as f:
    f.write(bytes(range(256)) * 300)
os.chmod(p('src.bin'), 0o640)
os.utime(p('src.bin'), ns=(1_000_000_123, 2_000_000_456))
os.mkdir(p('d'))

show(shutil.copyfile, p('src.bin'), p('copy.bin'))
with open(p('copy.bin'), 'rb') as f:
    print(f.read() == bytes(range(256)) * 300)
print(oct(os.stat(p('copy.bin')).st_mode & 0o777) != '0o640' or 'same mode')
show(shutil.copyfile, p('src.bin'), p('src.bin'))
show(shutil.copyfile, p('missing'), p('x'))
show(shutil.copyfile, p('src.bin'), p('d'))
show(shutil.copyfile, p('src.bin'), p('nodir', 'x'))
show(shutil.copyfile, p('src.bin'), p('nodir') + '/')
show(shutil.copyfile, p('d'), p('x'))

# copy: into a folder, keeps the mode
show(shutil.copy, p('src.bin'), p('d'))
print(oct(os.stat(p('d', 'src.bin')).st_mode & 0o777))
show(shutil.copy, p('src.bin'), p('d', 'renamed.bin'))
show(shutil.copy, p('src.bin'), p('d', 'src.bin'))
print(os.stat(p('d', 'renamed.bin')).st_mtime_ns == 2_000_000_456)

# copy2 also keeps the times
show(shutil.copy2, p('src.bin'), p('two.bin'))
st = os.stat(p('two.bin'))
print(oct(st.st_mode & 0o777), st.st_mtime_ns)

# copymode / copystat on their own
with open(p('plain'), 'w') as f:
    f.write('x')
os.chmod(p('plain'), 0o600)
shutil.copymode(p('src.bin'), p('plain'))
print(oct(os.stat(p('plain')).st_mode & 0o777))
os.chmod(p('plain'), 0o604)
shutil.copystat(p('src.bin'), p('plain'))
st = os.stat(p('plain'))
print(oct(st.st_mode & 0o777), st.st_mtime_ns)
show(shutil.copymode, p('missing'), p('plain'))
show(shutil.copystat, p('src.bin'), p('missing'))

# symbolic links
os.symlink('src.bin', p('link'))
show(shutil.copyfile, p('link'), p('deref'))
print(os.path.islink(p('deref')), os.path.getsize(p('deref')))
show(shutil.copyfile, p('link'), p('link2'), follow_symlinks=False)
print(os.path.islink(p('link2')), os.readlink(p('link2')))
show(shutil.copy2, p('link'), p('link3'), follow_symlinks=False)
print(os.path.islink(p('link3')))
show(shutil.copy, p('link'), p('src.bin'))

# Path and DirEntry arguments
from pathlib import Path
show(shutil.copy, Path(p('src.bin')), Path(p('d', 'frompath')))
try:
    shutil.copyfile(Path(p('src.bin')), Path(p('src.bin')))
except shutil.SameFileError as e:
    print(str(e).replace(base, '<base>'))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError))

# copyfileobj
src = io.BytesIO(b'x' * 100)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()))
src = io.StringIO('text')
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(dst.getvalue(), shutil.COPY_BUFSIZE)

shutil.rmtree(base)
print(os.path.exists(base))
