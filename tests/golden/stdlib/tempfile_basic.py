# mkdtemp, mkstemp, gettempdir and friends (names are random: only their shape is shown).
import os
import shutil
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
d = tempfile.gettempdir()
print(type(d).__name__, os.path.isabs(d), os.path.isdir(d), tempfile.tempdir == d)
print(tempfile.gettempdirb() == os.fsencode(d))
print(tempfile.TMP_MAX > 10000)

base = tempfile.mkdtemp()
print(os.path.isdir(base), os.path.isabs(base), os.path.dirname(base) == d)
print(oct(os.stat(base).st_mode & 0o777))


def shape(path, prefix='tmp', suffix=''):
    """The name with its eight random characters shown as X."""
    name = os.path.basename(path)
    middle = name[len(prefix):len(name) - len(suffix)]
    ok = (name.startswith(prefix) and name.endswith(suffix) and len(middle) == 8
          and all(c in 'abcdefghijklmnopqrstuvwxyz0123456789_' for c in middle))
    return (prefix + 'XXXXXXXX' + suffix) if ok else 'unexpected ' + name


print(shape(base))

# mkdtemp inside base, with prefix/suffix/dir
for kwargs in [dict(dir=base), dict(dir=base, prefix='pre_', suffix='_suf'),
               dict(dir=base, prefix='', suffix='')]:
    p = tempfile.mkdtemp(**kwargs)
    print('mkdtemp', shape(p, kwargs.get('prefix', 'tmp'), kwargs.get('suffix', '')),
          os.path.isdir(p), os.path.dirname(p) == base)
p = tempfile.mkdtemp(dir=base.encode(), prefix=b'b_')
print(type(p).__name__, shape(os.fsdecode(p), 'b_'))

# mkstemp gives an open descriptor and an absolute path
fd, path = tempfile.mkstemp(dir=base, suffix='.dat')
print(type(fd).__name__, os.path.isabs(path), shape(path, suffix='.dat'), oct(os.stat(path).st_mode & 0o777))
print(os.write(fd, b'data'))
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
fd, path2 = tempfile.mkstemp(prefix='t_', dir=base, text=True)
os.close(fd)
print(shape(path2, 't_'), path2 != path)
fd, path3 = tempfile.mkstemp(dir=base.encode())
os.close(fd)
print(type(path3).__name__)

# Names differ every time
names = {tempfile.mkdtemp(dir=base) for _ in range(20)}
print(len(names))

# Mixing str and bytes
for kwargs in [dict(prefix=b'x', suffix='y'), dict(dir=base, prefix=b'x'),
               dict(dir=base.encode(), suffix='s')]:
    try:
        tempfile.mkdtemp(**kwargs)
    except TypeError as e:
        print('TypeError', e)
    try:
        tempfile.mkstemp(**kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    tempfile.mkdtemp(dir=os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)

name = tempfile.mktemp(dir=base)
print(shape(name), os.path.exists(name))

# tempdir can be set
saved = tempfile.tempdir
tempfile.tempdir = base
print(tempfile.gettempdir() == base, shape(tempfile.mkdtemp()))
tempfile.tempdir = saved

shutil.rmtree(base)
print(os.path.exists(base))
