# Custom Action subclasses, action objects, reprs, version and help actions.
import argparse
import contextlib
import io
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs not in (None, '+', '?'):
            raise ValueError('nargs must be +, ? or None')
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if isinstance(values, list):
            values = [v.upper() for v in values]
        elif values is not None:
            values = values.upper()
        setattr(namespace, self.dest, values)
        setattr(namespace, 'seen_by', option_string)


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = dict(getattr(namespace, self.dest) or {})
        key, sep, value = values.partition('=')
        if not sep:
            raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % values)
        d[key] = value
        setattr(namespace, self.dest, d)


p = argparse.ArgumentParser(prog='act')
up = p.add_argument('--up', action=Upper)
p.add_argument('--many', action=Upper, nargs='+')
p.add_argument('--set', action=KeyValue, metavar='KEY=VALUE')
p.add_argument('word', action=Upper, nargs='?')
print(p.parse_args(['--up', 'abc']))
print(p.parse_args(['--many', 'x', 'y', 'hello']))
print(p.parse_args(['--set', 'a=1', '--set', 'b=2']))
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args(['--set', 'novalue'])
except SystemExit as e:
    print('exit', e.code, err.getvalue().splitlines()[-1])
try:
    p.add_argument('--bad', action=Upper, nargs=2)
except ValueError as e:
    print('ValueError', e)

# Action objects: the repr and attributes add_argument returns
print(up)
print(p.add_argument('-n', '--num', type=int, default=1, help='N', metavar='X'))
print(p.add_argument('--flag', action='store_true'))
print(p.add_argument('--count', '-c', action='count'))
print(p.add_argument('--const', action='store_const', const=[1]))
print(p.add_argument('--app', action='append', choices=['a']))
print(p.add_argument('--bool', action=argparse.BooleanOptionalAction, help='b'))
print(p.add_argument('pos', nargs='+'))
print(type(up).__name__, up.dest, up.option_strings, up.container is p._optionals)
print(p)
print(argparse.ArgumentParser(prog='x', usage='u', description='d', add_help=False,
                              formatter_class=argparse.RawTextHelpFormatter))

# the base Action cannot be called
try:
    argparse.Action(['-z'], 'z')(p, argparse.Namespace(), 'v')
except NotImplementedError as e:
    print('NotImplementedError', e)


def capture(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code, repr(out.getvalue()), repr(err.getvalue()))


v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', '--version', action='version', version='%(prog)s version 2.0')
v.add_argument('--other-version', action='version', version='x ' * 50, help='long')
v.add_argument('--fallback', action='version')
v.version = 'from the parser'
capture(v, ['-V'])
capture(v, ['--version', 'extra'])
capture(v, ['--other-version'])
capture(v, ['--fallback'])
capture(v, ['-h'])

# Action with a version: the help is from the action's default
print(v._actions[1].help, v._actions[1].version)

# BooleanOptionalAction with short and long options
b = argparse.ArgumentParser(prog='bool')
b.add_argument('-f', '--feature', action=argparse.BooleanOptionalAction, help='use it')
b.add_argument('--other', action=argparse.BooleanOptionalAction, default=False)
print(b.format_help())
print(b.parse_args([]), b.parse_args(['-f', '--no-other']), b.parse_args(['--no-feature']))

# count starting from a default, append with nargs, extend with a type
c = argparse.ArgumentParser(prog='c')
c.add_argument('-v', action='count', default=10)
c.add_argument('--pt', action='append', nargs=2, type=int)
c.add_argument('--ext', action='extend', type=int, nargs='*')
print(c.parse_args(['-vv', '--pt', '1', '2', '--pt', '3', '4', '--ext', '5', '--ext']))

# store with nargs='?' and const in an append
d = argparse.ArgumentParser(prog='d')
d.add_argument('--lvl', action='append', nargs='?', const='mid')
print(d.parse_args(['--lvl', '--lvl', 'hi']))
for kwargs in ({'action': 'store', 'nargs': 0}, {'action': 'append', 'nargs': 0},
               {'const': 1}, {'action': 'append', 'const': 2, 'nargs': 1}):
    try:
        d.add_argument('--bad', **kwargs)
    except ValueError as e:
        print('ValueError', e)
