# sys.tracebacklimit as the interpreter's own report of an exception reads it
# (PyTraceBack_Print): the innermost entries, none (and no header) at 0 or less.
import io
import re
import os
import subprocess
import sys
import tempfile

print(sys.platlibdir, type(sys.platlibdir).__name__)
print(hasattr(sys, 'tracebacklimit'))


def a(n):
    if n == 0:
        raise ValueError('deep')
    a(n - 1)


def b():
    try:
        a(3)
    except ValueError as e:
        raise KeyError('k') from e


def c():
    try:
        b()
    except KeyError:
        1 / 0


def report(exc):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


try:
    c()
except ZeroDivisionError as e:
    chained = e
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    group = e
try:
    exec('x = (')
except SyntaxError as e:
    syntax = e

for limit in [0, -1, 1, 2, 3, 10, 10**30, -10**30, 'x', None, 2.5, True, False]:
    sys.tracebacklimit = limit
    print('== limit', repr(limit))
    print(report(chained), end='')
    print(report(group), end='')
    print(report(syntax), end='')
del sys.tracebacklimit
print('== deleted')
print(report(chained), end='')

# the traceback module reads it too, with its own rules (the outermost entries)
import traceback
sys.tracebacklimit = 1
print(''.join(traceback.format_exception(chained)), end='')
sys.tracebacklimit = 0
print(''.join(traceback.format_exception(chained, chain=False)), end='')
del sys.tracebacklimit

# __del__ errors go through sys.unraisablehook, which prints with the same limit
class D:
    def __del__(self):
        inner()


def inner():
    raise RuntimeError('in del')


for limit in [0, 1]:
    sys.tracebacklimit = limit
    saved = sys.stderr
    sys.stderr = io.StringIO()
    d = D()
    del d
    text = sys.stderr.getvalue()
    sys.stderr = saved
    print('== unraisable', limit)
    print(re.sub(' at 0x[0-9a-f]+', '', text), end='')
del sys.tracebacklimit

# an uncaught exception in a real process
PROG = '''import sys
sys.tracebacklimit = LIMIT
def f(n):
    if n == 0:
        raise OSError(2, 'gone')
    f(n - 1)
def g():
    try:
        f(2)
    except OSError:
        raise LookupError('outer')
g()
'''
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'prog.py')
    for limit in ['0', '-5', '1', '2', '4']:
        with open(path, 'w') as f:
            f.write(PROG.replace('LIMIT', limit))
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        print('== process', limit, r.returncode)
        print(r.stderr.replace(tmp, 'TMP'), end='')
