# nargs: N, '?', '*', '+', REMAINDER, and how positionals share the strings.
import argparse
import contextlib
import io
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns


def attempt(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code, '|', err.getvalue().strip().splitlines()[-1])


p = argparse.ArgumentParser(prog='N')
p.add_argument('--pair', nargs=2)
p.add_argument('--one', nargs=1, type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+')
attempt(p, [])
attempt(p, ['--pair', 'a', 'b', '--one', '5'])
attempt(p, ['--opt'])
attempt(p, ['--opt', 'x'])
attempt(p, ['--star'])
attempt(p, ['--star', 'a', 'b', 'c'])
attempt(p, ['--plus', 'a', '--plus', 'b', 'c'])
attempt(p, ['--pair', 'a'])
attempt(p, ['--plus'])
attempt(p, ['--one'])
attempt(p, ['--pair', 'a', '--opt'])

q = argparse.ArgumentParser(prog='P')
q.add_argument('first')
q.add_argument('middle', nargs='*')
q.add_argument('last', nargs=2)
attempt(q, ['a', 'b', 'c'])
attempt(q, ['a', 'b', 'c', 'd', 'e'])
attempt(q, ['a', 'b'])

r = argparse.ArgumentParser(prog='R')
r.add_argument('x', nargs='?', default='dx')
r.add_argument('y', nargs='?', default='dy')
r.add_argument('rest', nargs='*', default=[])
attempt(r, [])
attempt(r, ['1'])
attempt(r, ['1', '2', '3', '4'])

s = argparse.ArgumentParser(prog='S')
s.add_argument('--flag', action='store_true')
s.add_argument('cmd')
s.add_argument('args', nargs=argparse.REMAINDER)
attempt(s, ['run', '--flag', '-x', 'y'])
attempt(s, ['--flag', 'run', 'a', '--', 'b'])

t = argparse.ArgumentParser(prog='T')
t.add_argument('items', nargs='+', type=int)
t.add_argument('-s', '--sum', action='store_true')
attempt(t, ['1', '2', '-s', '3'])
attempt(t, ['1', '2', '3', '-s'])
attempt(t, ['-s'])
attempt(t, ['1', '--', '-2', '3'])
attempt(t, ['-1'])

# positional nargs='?' with a string default runs through type
u = argparse.ArgumentParser(prog='U')
u.add_argument('n', nargs='?', type=int, default='10')
u.add_argument('--m', type=int, default='20')
u.add_argument('--k', type=int, default=30)
attempt(u, [])
attempt(u, ['5', '--m', '6'])

# negative numbers: arguments unless the parser has options like them
v = argparse.ArgumentParser(prog='V')
v.add_argument('-x')
v.add_argument('foo', nargs='?')
attempt(v, ['-x', '-1'])
attempt(v, ['-x', '-1', '-5'])
w = argparse.ArgumentParser(prog='W')
w.add_argument('-1', dest='one')
w.add_argument('foo', nargs='?')
attempt(w, ['-1', 'X'])
attempt(w, ['-2'])
attempt(w, ['-1', '-1'])

# tuple metavars
x = argparse.ArgumentParser(prog='X')
x.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float)
attempt(x, ['--point', '1', '2.5'])
print(x.format_usage(), end='')
try:
    x.add_argument('--bad', nargs=3, metavar=('A', 'B'))
except ValueError as e:
    print('ValueError', e)
