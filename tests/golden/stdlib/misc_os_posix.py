# os functions CPython implements in C are builtins of module 'posix'; os.mkfifo.
import gc
import inspect
import os
import pickle
import posix
import stat
import sys
import tempfile

for name in ('stat', 'lstat', 'getcwd', 'listdir', 'mkdir', 'mkfifo', 'scandir', 'fspath',
             'rename', 'getpid', 'urandom', 'close', 'read', 'open', 'write', 'chmod'):
    f = getattr(os, name)
    print(name, f, f.__module__, f.__name__, f.__qualname__, type(f).__name__,
          f.__self__.__name__, getattr(posix, name) is f)
for name in ('walk', 'makedirs', 'removedirs', 'getenv', 'fsencode', 'fdopen'):
    f = getattr(os, name)
    print(name, f.__module__, type(f).__name__, hasattr(posix, name))
print(os.DirEntry, os.uname_result, os.stat_result, os.terminal_size, os.statvfs_result)
print(posix.stat_result is os.stat_result, posix.error is OSError, 'mkfifo' in os.__all__)
print(sys.getsizeof(os.stat), gc.is_tracked(os.stat), os.stat == os.stat, os.stat.__reduce__())
print(pickle.loads(pickle.dumps(os.stat)) is os.stat, pickle.dumps(os.getcwd, 0))
for name in ('stat', 'lstat', 'listdir', 'mkdir', 'mkfifo', 'getcwd', 'rename'):
    print(name, inspect.signature(getattr(os, name)))

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'fifo')
    print(os.mkfifo(p))
    st = os.stat(p)
    print(stat.S_ISFIFO(st.st_mode), stat.S_ISREG(st.st_mode), oct(st.st_mode & 0o777 & ~0o022))
    try:
        os.mkfifo(p)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
    os.mkfifo(p + '2', 0o600)
    print(oct(os.stat(p + '2').st_mode & 0o777))
    os.mkfifo(os.fsencode(p + '3'))

    class Where:
        def __fspath__(self):
            return p + '4'

    os.mkfifo(Where(), mode=0o640)
    print(oct(os.lstat(p + '4').st_mode & 0o777), sorted(os.listdir(d)))
    print(sorted((e.name, e.is_file(), e.is_dir()) for e in os.scandir(d)))
    try:
        os.mkfifo(os.path.join(d, 'missing', 'x'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename, e)
for bad in (1, None, 'a\0b', 2.5):
    try:
        os.mkfifo(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.stat(3.5)
except TypeError as e:
    print(e)
try:
    os.lstat('/nonexistent/x')
except OSError as e:
    print(type(e).__name__, e)
