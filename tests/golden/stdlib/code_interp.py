# code.InteractiveInterpreter: runsource/runcode results and their error reports.
import code
import contextlib
import io
import sys

print(code.__all__)
print(code.compile_command is __import__('codeop').compile_command)

ii = code.InteractiveInterpreter()
print(sorted(ii.locals.items()), type(ii.compile).__name__)


def run(label, fn):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            result = fn()
        except SystemExit as exc:
            result = 'SystemExit(%r)' % (exc.code,)
    print(label, '->', result)
    if err.getvalue():
        print(err.getvalue(), end='')


for src in ['x = 1', 'x', 'x + 41', 'if 1:', 'if 1:\n  print("in block")\n', '1/0', '1 2',
            'def f():\n  return g()\n', 'f()', 'raise SystemExit(3)', '"""abc',
            'import sys; sys.stderr.write("to stderr\\n")', 'undefined_name',
            'def h():\n  raise KeyError("k")\n', 'try:\n  h()\nexcept KeyError as e:\n  raise ValueError("v") from e\n\n',
            'raise TypeError("plain")', 'if 1:\npass', 'x = 1\ny = 2', 'return 5']:
    run('runsource %r' % src, lambda: ii.runsource(src))

run('exec mode', lambda: ii.runsource('y = 2\nz = y * 5', 'file.py', 'exec'))
print(ii.locals['y'], ii.locals['z'])
run('eval mode', lambda: ii.runsource('y + 1', 'file.py', 'eval'))
run('eval incomplete', lambda: ii.runsource('(', 'file.py', 'eval'))
run('exec error', lambda: ii.runsource('1 2', 'file.py', 'exec'))
run('runcode', lambda: ii.runcode(compile('w = 5', '<s>', 'exec')))
print(ii.locals['w'])
run('runcode error', lambda: ii.runcode(compile('w.nope', '<s>', 'exec')))
print(sys.last_type.__name__, sys.last_value)


def show_here():
    try:
        1 / 0
    except ZeroDivisionError:
        ii.showtraceback()


run('showtraceback', show_here)


def syntax(filename, exc):
    try:
        raise exc
    except Exception:
        ii.showsyntaxerror(filename)
    print('   last_value:', repr(sys.last_value), sys.last_value is exc)


for exc in [SyntaxError('msg', ('orig.py', 3, 2, 'abc\n')),
            SyntaxError('msg', ('orig.py', 3, 2, 'abc\n', 3, 4)),
            SyntaxError('bare'), IndentationError('ind', ('o.py', 1, 1, ' x\n')),
            ValueError('v')]:
    run('showsyntaxerror new.py %r' % (exc,), lambda: syntax('new.py', exc))
    run('showsyntaxerror None', lambda: syntax(None, exc))

# a custom excepthook receives the error instead of write()
seen = []
sys.excepthook = lambda t, v, tb: seen.append((t.__name__, str(v), tb is None))
ii.runsource('1 2')
ii.runsource('1/0')
sys.excepthook = sys.__excepthook__
print(seen)


class Collecting(code.InteractiveInterpreter):
    def write(self, data):
        print('write(%r)' % data)


c = Collecting({'__name__': 'mine'})
c.runsource('print(__name__)')
c.runsource('1 2')
c.runsource('def g():\n  1/0\n\n')
c.runsource('g()')
print(sorted(c.locals))
