# sys.flags: a struct sequence with CPython's fields, and the names of the std streams.
import sys, io

r = repr(sys.flags)
# these two follow the environment the test runs in (PYTHONDONTWRITEBYTECODE, the locale)
for field in ('dont_write_bytecode', 'utf8_mode'):
    r = r.replace('%s=%d' % (field, getattr(sys.flags, field)), field + '=?')
print(r)
print(type(sys.flags).__name__.rsplit('.', 1)[-1], len(sys.flags), sys.flags.n_fields)
print(sys.flags.debug, sys.flags.inspect, sys.flags.interactive, sys.flags.optimize)
print(sys.flags.hash_randomization, sys.flags.dev_mode, sys.flags.safe_path,
      sys.flags.int_max_str_digits)
print(sys.flags[0], sys.flags[-1], sys.flags[13:15])
print(isinstance(sys.flags, tuple), sys.flags == tuple(sys.flags))
print(sys.dont_write_bytecode == bool(sys.flags.dont_write_bytecode))
try:
    type(sys.flags)()
except TypeError as e:
    print('TypeError', e)
try:
    sys.flags.debug = 1
except AttributeError as e:
    print('AttributeError')
for s in (sys.stdin, sys.stdout, sys.stderr):
    # (errors and line_buffering follow the locale and PYTHONUNBUFFERED)
    print(s.name, s.mode, s.encoding, repr(s))
    print(' ', isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase),
          isinstance(s, io.IOBase), s.readable(), s.writable(), s.fileno())
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(sys.stdout.write('written\n'))
sys.stdout.flush()
print(sys.stdout.buffer.write(b'bytes\n'))
sys.stdout.buffer.flush()
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(sys.stdin.read(), repr(sys.stdin.readline()))
