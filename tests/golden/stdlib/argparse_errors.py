# error(): usage plus "prog: error: message" on stderr, exit status 2; the messages.
import argparse
import contextlib
import io
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns


def attempt(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            result = parser.parse_args(args)
        print('ok', result)
    except SystemExit as e:
        print('SystemExit', e.code)
        print(err.getvalue(), end='')
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')


p = argparse.ArgumentParser(prog='prog')
p.add_argument('x')
p.add_argument('y', type=int)
p.add_argument('-n', type=int)
p.add_argument('-f', type=float)
p.add_argument('--choice', choices=['a', 'b'])
p.add_argument('--num', type=int, choices=[1, 2])
p.add_argument('--req', required=True)
p.add_argument('--flag', action='store_true')
attempt(p, [])
attempt(p, ['a'])
attempt(p, ['a', '1'])
attempt(p, ['a', 'one', '--req', 'r'])
attempt(p, ['a', '1', '--req', 'r', '-n', 'x'])
attempt(p, ['a', '1', '--req', 'r', '-f', '1.5.'])
attempt(p, ['a', '1', '--req', 'r', '--choice', 'c'])
attempt(p, ['a', '1', '--req', 'r', '--num', '3'])
attempt(p, ['a', '1', '--req', 'r', 'extra', '--unknown', '-z'])
attempt(p, ['a', '1', '--req'])
attempt(p, ['a', '1', '--req', 'r', '--flag=yes'])
attempt(p, ['a', '1', '--req', 'r', '-n'])
attempt(p, ['a', '1', '--req', 'r', '--fl', '--f'])

q = argparse.ArgumentParser(prog='amb')
q.add_argument('--alpha')
q.add_argument('--alpine')
q.add_argument('-a', action='store_true')
q.add_argument('-b', action='store_true')
attempt(q, ['--al', '1'])
attempt(q, ['--alp=1'])
attempt(q, ['--alph=1'])
attempt(q, ['-ab'])
attempt(q, ['-abc'])
attempt(q, ['-a=1'])
attempt(q, ['-h'])

# a type that raises ArgumentTypeError gives its own message
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

r = argparse.ArgumentParser(prog='typed')
r.add_argument('n', type=even)
r.add_argument('--lst', type=lambda s: s.split(','))
r.add_argument('--cx', type=complex)
attempt(r, ['4', '--lst', 'a,b', '--cx', '1+2j'])
attempt(r, ['3'])
attempt(r, ['x'])
attempt(r, ['2', '--cx', 'zz'])

# exit_on_error=False raises ArgumentError for argument problems
s = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
s.add_argument('--n', type=int)
s.add_argument('--c', choices=['x'])
for args in (['--n', 'q'], ['--c', 'y'], ['--n']):
    try:
        s.parse_args(args)
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)
attempt(s, ['--bogus'])

# error() and exit() directly
attempt_err = io.StringIO()
try:
    with contextlib.redirect_stderr(attempt_err):
        p.error('custom trouble')
except SystemExit as e:
    print('SystemExit', e.code, repr(attempt_err.getvalue()))
try:
    with contextlib.redirect_stderr(attempt_err):
        p.exit(3, 'bye\n')
except SystemExit as e:
    print('SystemExit', e.code, repr(attempt_err.getvalue()[-4:]))
try:
    p.exit()
except SystemExit as e:
    print('SystemExit', e.code)

# ArgumentError and ArgumentTypeError as exceptions
e = argparse.ArgumentError(None, 'plain')
print(str(e), e.argument_name)
act = p._actions[1]
print(str(argparse.ArgumentError(act, 'bad')))
print(issubclass(argparse.ArgumentTypeError, Exception), repr(argparse.ArgumentTypeError('m')))
