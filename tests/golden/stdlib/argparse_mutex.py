# Mutually exclusive groups: usage brackets, conflicts, required groups.
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


p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='option a')
g.add_argument('-b', action='store_true', help='option b')
g.add_argument('--name', help='a name')
p.add_argument('file', nargs='?')
print(p.format_help())
attempt(p, ['-a'])
attempt(p, ['-a', '-b'])
attempt(p, ['-b', '--name', 'x'])
attempt(p, ['--name', 'x', '-a'])
attempt(p, [])

r = argparse.ArgumentParser(prog='req')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--on', action='store_true')
rg.add_argument('--off', action='store_true')
rg.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
print(r.format_usage(), end='')
attempt(r, [])
attempt(r, ['--on'])
attempt(r, ['--on', '--off'])
attempt(r, ['--hidden'])

# a single-member required group has no parentheses
s = argparse.ArgumentParser(prog='single')
sg = s.add_mutually_exclusive_group(required=True)
sg.add_argument('--only')
print(s.format_usage(), end='')

# positional with nargs='?' may join a group
t = argparse.ArgumentParser(prog='pos')
tg = t.add_mutually_exclusive_group()
tg.add_argument('--foo', action='store_true')
tg.add_argument('bar', nargs='?', default='B')
print(t.format_usage(), end='')
attempt(t, ['--foo'])
attempt(t, ['x'])
attempt(t, ['--foo', 'x'])
try:
    tg.add_argument('baz')
except ValueError as e:
    print('ValueError', e)

# two adjacent groups and a group inside an argument group
u = argparse.ArgumentParser(prog='two', add_help=False)
g1 = u.add_mutually_exclusive_group()
g1.add_argument('-x', action='store_true')
g1.add_argument('-y', action='store_true')
g2 = u.add_mutually_exclusive_group(required=True)
g2.add_argument('-p', action='store_true')
g2.add_argument('-q', action='store_true')
section = u.add_argument_group('section', 'in a section')
g3 = section.add_mutually_exclusive_group()
g3.add_argument('--left', action='store_true', help='go left')
g3.add_argument('--right', action='store_true', help='go right')
print(u.format_help())
attempt(u, ['-p', '--left'])
attempt(u, ['-q', '--left', '--right'])

# a value equal to the default object does not count as given
d = argparse.ArgumentParser(prog='dflt')
dg = d.add_mutually_exclusive_group()
dg.add_argument('--m', nargs='?', const=None, default=None)
dg.add_argument('--k', action='store_true')
attempt(d, ['--m', '--k'])

# long usage with groups wraps as a unit
w = argparse.ArgumentParser(prog='wrapping-program-name')
wg = w.add_mutually_exclusive_group()
for name in ('--first-choice', '--second-choice', '--third-choice', '--fourth-choice'):
    wg.add_argument(name, metavar='VALUE')
w.add_argument('--other', action='store_true')
w.add_argument('positional_one')
w.add_argument('positional_two', nargs='+')
print(w.format_usage(), end='')
