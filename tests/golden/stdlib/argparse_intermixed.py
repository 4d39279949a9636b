# parse_intermixed_args / parse_known_intermixed_args, and parse_known_args extras.
import argparse
import contextlib
import io
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns


def attempt(call, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(call(args))
    except SystemExit as e:
        print('exit', e.code, '|', err.getvalue().strip().splitlines()[-1])


p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('-v', action='store_true')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
args = ['doit', '1', '--foo', 'bar', '2', '3', '-v']
attempt(p.parse_known_args, args)
attempt(p.parse_intermixed_args, args)
attempt(p.parse_known_intermixed_args, args + ['--unknown'])
attempt(p.parse_intermixed_args, args + ['--unknown'])
attempt(p.parse_intermixed_args, ['--foo', 'x'])
print(p.usage)

q = argparse.ArgumentParser(prog='bad')
q.add_argument('x', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
r = argparse.ArgumentParser(prog='bad2')
g = r.add_mutually_exclusive_group()
g.add_argument('y', nargs='?')
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)

# required options still apply in the first pass
s = argparse.ArgumentParser(prog='reqmix')
s.add_argument('--need', required=True)
s.add_argument('vals', nargs='+')
attempt(s.parse_intermixed_args, ['a', '--need', 'n', 'b'])
attempt(s.parse_intermixed_args, ['a', 'b'])
attempt(s.parse_intermixed_args, ['--need', 'n'])

# parse_known_args with subparsers collects unknowns from both levels
t = argparse.ArgumentParser(prog='known')
t.add_argument('--top')
sp = t.add_subparsers(dest='sub')
child = sp.add_parser('c')
child.add_argument('--inner')
attempt(t.parse_known_args, ['--zzz', 'c', '--inner', '1', '--yyy', 'extra'])
attempt(t.parse_known_args, ['--top=5', 'c', '-q'])
