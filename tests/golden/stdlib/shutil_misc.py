# which, disk_usage, get_terminal_size (stdout is not a terminal here), ignore_patterns.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()


def make(name, mode):
    path = os.path.join(base, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod(path, mode)
    return path


make('bin1/tool', 0o755)
make('bin2/tool', 0o755)
make('bin2/other', 0o755)
make('bin1/data', 0o644)
os.makedirs(os.path.join(base, 'bin1', 'adir'))
path = os.pathsep.join([os.path.join(base, 'bin1'), os.path.join(base, 'bin2')])


def rel(found):
    if found is None:
        return None
    if isinstance(found, bytes):
        return 'bytes:' + os.path.relpath(os.fsdecode(found), base)
    return os.path.relpath(found, base)


for cmd in ['tool', 'other', 'data', 'adir', 'missing', b'tool']:
    print(repr(cmd), rel(shutil.which(cmd, path=path)))
print(rel(shutil.which('data', mode=os.F_OK, path=path)),
      rel(shutil.which('data', mode=os.R_OK, path=path)))
print(shutil.which('tool', path=''), shutil.which('tool', path=os.pathsep))
print(rel(shutil.which(os.path.join(base, 'bin2', 'other'))),
      shutil.which(os.path.join(base, 'bin1', 'data')))
old = os.getcwd()
os.chdir(os.path.join(base, 'bin1'))
try:
    print(shutil.which('./tool'), shutil.which('tool', path=os.pathsep), shutil.which('./data'))
finally:
    os.chdir(old)
saved = os.environ.get('PATH')
os.environ['PATH'] = path
try:
    print(rel(shutil.which('other')))
finally:
    os.environ['PATH'] = saved
print(shutil.which('sh') is not None)

# disk_usage
usage = shutil.disk_usage(base)
print(type(usage).__name__, usage._fields, usage.total >= usage.used, usage.free >= 0,
      usage.total > 0, len(usage))
try:
    shutil.disk_usage(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(base, '<base>'))

# get_terminal_size: COLUMNS and LINES first, then the terminal, then the fallback
for key in ('COLUMNS', 'LINES'):
    os.environ.pop(key, None)
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size), type(size).__name__)
print(shutil.get_terminal_size((100, 50)), shutil.get_terminal_size(fallback=(1, 2)))
os.environ['COLUMNS'] = '123'
print(shutil.get_terminal_size())
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'bad'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = '0'
print(shutil.get_terminal_size((7, 8)))
del os.environ['COLUMNS'], os.environ['LINES']
try:
    os.get_terminal_size(99)
except OSError as e:
    print('OSError', e)
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)) == (3, 4))

# ignore_patterns
ignore = shutil.ignore_patterns('*.pyc', 'tmp*')
print(sorted(ignore('/x', ['a.py', 'a.pyc', 'tmpdir', 'b.txt', 'c.pyc'])))
print(sorted(shutil.ignore_patterns()('/x', ['a'])))

shutil.rmtree(base)
print(os.path.exists(base))
