# ArgumentParser options: parents, conflict_handler, prefix_chars, allow_abbrev,
# argument_default, set_defaults/get_default, default prog and sys.argv.
import argparse
import contextlib
import io
import sys
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns


def attempt(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code, '|', err.getvalue().strip().splitlines()[-1])


# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--parent-opt', default='p')
grp = base.add_argument_group('shared', 'from the parent')
grp.add_argument('--shared', type=int)
mx = base.add_mutually_exclusive_group()
mx.add_argument('--yes', action='store_true')
mx.add_argument('--no', action='store_true')
base.set_defaults(extra='from-parent')
child = argparse.ArgumentParser(prog='child', parents=[base], description='kid')
child.add_argument('name')
print(child.format_help())
attempt(child, ['n', '--shared', '3', '--yes'])
attempt(child, ['n', '--yes', '--no'])
try:
    argparse.ArgumentParser(prog='dup', parents=[argparse.ArgumentParser(prog='with-help')])
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# conflicts
c = argparse.ArgumentParser(prog='conf')
c.add_argument('-f', '--foo', help='old foo')
try:
    c.add_argument('--foo', '-f', help='new')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    c.add_argument('--foo', help='new')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-h', '--host', help='resolves -h too')
print(r.format_help())
attempt(r, ['-f', '1', '--foo', '2', '-h', 'H'])
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print('ValueError', e)

# prefix_chars
pc = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
pc.add_argument('+f', action='store_true')
pc.add_argument('++bar')
pc.add_argument('-x')
print(pc.format_usage(), end='')
attempt(pc, ['+f', '++bar', 'B', '-x', '1'])
sl = argparse.ArgumentParser(prog='slash', prefix_chars='/')
sl.add_argument('/v', action='store_true')
sl.add_argument('//out')
print(sl.format_help())
attempt(sl, ['/v', '//out', 'o'])
try:
    sl.add_argument('-bad')
except ValueError as e:
    print('ValueError', e)

# allow_abbrev
ab = argparse.ArgumentParser(prog='abbrev', allow_abbrev=False)
ab.add_argument('--verbose', action='store_true')
ab.add_argument('-a', action='store_true')
ab.add_argument('-b', action='store_true')
attempt(ab, ['--verb'])
attempt(ab, ['--verbose', '-ab'])

# argument_default and SUPPRESS defaults
ad = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
ad.add_argument('--x')
ad.add_argument('--y', default=0)
ad.add_argument('z', nargs='?')
attempt(ad, [])
attempt(ad, ['--x', '1', 'Z'])
ad2 = argparse.ArgumentParser(prog='ad2', argument_default=5)
ad2.add_argument('--x', type=int)
attempt(ad2, [])

# set_defaults / get_default
sd = argparse.ArgumentParser(prog='sd')
sd.add_argument('--level', default='info')
sd.set_defaults(level='debug', mode='fast')
print(sd.get_default('level'), sd.get_default('mode'), sd.get_default('missing'))
attempt(sd, [])
sd.add_argument('--mode')
attempt(sd, ['--level', 'warn'])

# default prog is the script's file name; parse_args() reads sys.argv
dp = argparse.ArgumentParser()
print(dp.prog)
dp.add_argument('--k')
saved = sys.argv
sys.argv = ['whatever.py', '--k', 'from-argv']
print(dp.parse_args())
print(argparse.ArgumentParser().prog)
sys.argv = saved

# add_argument mistakes
e = argparse.ArgumentParser(prog='e')
tries = [
    (('x',), {'dest': 'y'}),
    (('x',), {'required': True}),
    (('--x',), {'action': 'nonsense'}),
    (('--x',), {'type': 'int'}),
    (('--x',), {'type': argparse.FileType}),
    (('--x',), {'nargs': 'z'}),
    (('-',), {}),
    (('--',), {}),
]
for args, kwargs in tries:
    try:
        e.add_argument(*args, **kwargs)
        print('accepted', args, kwargs)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
print(e.add_argument('-x', '--long-name', '--other').dest)
print(e.add_argument('-y', dest='why').dest)
print(e.add_argument('-z').dest)
