# code.InteractiveConsole: push() with continuation lines, interact() over a redirected stdin.
import code
import contextlib
import io
import sys


def capture(fn):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        result = fn()
    return result, err.getvalue()


c = code.InteractiveConsole()
print(sorted(c.locals), c.filename, c.buffer)
for line in ['x = 1', 'if x:', '    print("yes")', '', 'def f():', '  return 1', '',
             'f()', '(1,', '2)', 'print("a")', '"""doc', 'more"""', 'for i in range(2):',
             '  print(i)', '', '1 2', 'class K:', '  pass', '', 'K.__name__',
             'raise ValueError("bad")', 'try:', '  1/0', 'except ZeroDivisionError:',
             '  print("caught")', '']:
    more, err = capture(lambda: c.push(line))
    print(repr(line), '->', more, c.buffer)
    if err:
        print(err, end='')
c.push('if 1:')
c.resetbuffer()
print(c.buffer)
c2 = code.InteractiveConsole({'a': 1}, filename='<mine>')
print(capture(lambda: c2.push('a + 1 2')))
print(capture(lambda: c2.push('a + 1')))


def run_interact(text, **kwargs):
    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return capture(lambda: code.interact(**kwargs))[1]
    finally:
        sys.stdin = saved


if hasattr(sys, 'ps1'):
    del sys.ps1
if hasattr(sys, 'ps2'):
    del sys.ps2
print(repr(run_interact('x = 2\nif x:\n  print("in", x)\n\nx * 3\n1/0\n',
                        banner='BANNER', exitmsg='bye now')))
print(repr(sys.ps1), repr(sys.ps2))
print(repr(run_interact('y = 1\n', banner='', exitmsg='')))
print(repr(run_interact('y\n', local={'y': 'local y'}, banner='b')))
sys.ps1, sys.ps2 = 'IN: ', '..: '
print(repr(run_interact('for i in "ab":\n  print(i)\n', banner='custom prompts')))
saved_version = sys.version
sys.version = 'X.Y'
print(repr(run_interact('', exitmsg='done')))
sys.version = saved_version

lines = iter(['first = 1', 'KI', 'if 1:', 'KI', 'print(first)'])


def reader(prompt):
    print('reader prompt %r' % prompt)
    try:
        line = next(lines)
    except StopIteration:
        raise EOFError
    if line == 'KI':
        raise KeyboardInterrupt
    return line


print(repr(capture(lambda: code.interact('', reader, None, 'end'))[1]))


class Echo(code.InteractiveConsole):
    def raw_input(self, prompt=''):
        if not self.feed:
            raise EOFError
        line = self.feed.pop(0)
        print(prompt + line)
        return line


e = Echo()
e.feed = ['z = [1,', '2]', 'z']
print(repr(capture(lambda: e.interact(banner=None if False else 'echo'))[1]))
