# Sub-commands: add_subparsers, add_parser, aliases, set_defaults, help and errors.
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
        if callable(getattr(result, 'func', None)):
            result.func = result.func.__name__
        print(result)
    except SystemExit as e:
        print('exit', e.code)
        print(err.getvalue(), end='')
    print(out.getvalue(), end='')


def run_add(ns):
    return ns.a + ns.b


p = argparse.ArgumentParser(prog='calc', description='A calculator.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='the operation')
add = sub.add_parser('add', help='add two numbers', aliases=['plus', '+'])
add.add_argument('a', type=int)
add.add_argument('b', type=int)
add.set_defaults(func=run_add)
neg = sub.add_parser('neg', help='negate a number')
neg.add_argument('x', type=float)
neg.add_argument('--twice', action='store_true', help='negate twice')
sub.add_parser('quiet')   # no help: not listed under the sub-commands

attempt(p, ['add', '2', '3'])
ns = p.parse_args(['plus', '4', '5'])
print(ns.command, ns.func(ns), ns.func.__name__)
attempt(p, ['--debug', 'neg', '2.5', '--twice'])
attempt(p, ['quiet'])
attempt(p, [])
attempt(p, ['mul', '1'])
attempt(p, ['add', '1'])
attempt(p, ['add', '1', '2', '3'])
attempt(p, ['neg', '--bad', '1'])
attempt(p, ['add', '-h'])
attempt(p, ['-h'])
print(p.format_usage(), end='')

# required sub-command, with a title and description, and a metavar
q = argparse.ArgumentParser(prog='git')
subs = q.add_subparsers(title='commands', description='valid commands',
                        dest='cmd', required=True, metavar='COMMAND')
c = subs.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
subs.add_parser('status', help='show the state')
print(q.format_help())
attempt(q, [])
attempt(q, ['commit'])
attempt(q, ['commit', '-m', 'msg'])
attempt(q, ['status', 'extra'])
print(repr(q.parse_known_args(['status', 'extra', '--x'])))

# without dest the chosen name is not stored; default prog includes positionals
r = argparse.ArgumentParser(prog='top')
r.add_argument('where')
rs = r.add_subparsers()
leaf = rs.add_parser('leaf')
leaf.add_argument('--v', default='sub-default')
r.set_defaults(v='top-default')
print(leaf.prog)
attempt(r, ['here', 'leaf'])
attempt(r, ['here', 'nope'])
print(r.format_usage(), end='')

# a second add_subparsers is an error
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        r.add_subparsers()
except SystemExit as e:
    print('exit', e.code, err.getvalue().splitlines()[-1])

# conflicting sub-parser names
try:
    rs.add_parser('leaf')
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# nested sub-commands
n = argparse.ArgumentParser(prog='outer')
ns1 = n.add_subparsers(dest='level1')
mid = ns1.add_parser('mid')
ns2 = mid.add_subparsers(dest='level2')
inner = ns2.add_parser('inner')
inner.add_argument('value')
attempt(n, ['mid', 'inner', 'v'])
print(inner.prog)
print(inner.format_usage(), end='')
