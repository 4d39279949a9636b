# print_help/print_usage to files, %(prog)s in texts, dests with dashes, metavar
# in messages, help of the help action, and argument groups with descriptions only.
import argparse
import contextlib
import io
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns

p = argparse.ArgumentParser(prog='misc', description='%(prog)s does things',
                            epilog='Run %(prog)s --help for help.')
p.add_argument('input-file', help='dashes stay in a positional dest')
p.add_argument('--out-dir', default='.', help='where (%(default)r)')
p.add_argument('--level', type=int, metavar='LVL', choices=[1, 2], help='level %(metavar)s')
buf = io.StringIO()
p.print_help(buf)
print(buf.getvalue(), end='')
buf = io.StringIO()
p.print_usage(file=buf)
print(repr(buf.getvalue()))
ns = p.parse_args(['in.txt', '--out-dir', '/tmp'])
print(ns, getattr(ns, 'input-file'), ns.out_dir)

err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args(['x', '--level', '3'])
except SystemExit as e:
    print(e.code, err.getvalue().splitlines()[-1])
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args([])
except SystemExit as e:
    print(e.code, err.getvalue().splitlines()[-1])

# metavar names a positional in messages
m = argparse.ArgumentParser(prog='mv')
m.add_argument('value', metavar='VALUE', type=int)
m.add_argument('--x', metavar='XX', type=int)
for args in ([], ['q'], ['1', '--x', 'q']):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            m.parse_args(args)
    except SystemExit as e:
        print(e.code, err.getvalue().splitlines()[-1])

# help of the help action, and write errors that are ignored
h = argparse.ArgumentParser(prog='h', add_help=False)
h.add_argument('-?', '--show', action='help', help='custom help')
h.add_argument('--x')
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        h.parse_args(['-?'])
except SystemExit as e:
    print('exit', e.code)
print(out.getvalue(), end='')


class Broken:
    def write(self, text):
        raise OSError('nope')


h.print_help(Broken())
h.print_usage(object())
print('ignored write errors')

# groups of the parser are in _action_groups; a group title can change
print([g.title for g in p._action_groups])
p._positionals.title = 'required things'
print(p.format_help().splitlines()[4])

# help with a tuple default and a list default
d = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--t', default=(1, 2), help='tuple')
d.add_argument('--l', default=[3], help='list')
d.add_argument('--s', default='', help='empty string')
d.add_argument('--f', default=int, help='a class default')
d.add_argument('p', nargs='?', default='pd', help='positional')
d.add_argument('q', help='no default shown for plain positional')
d.print_help()

# help strings with only spaces, and an empty help
w = argparse.ArgumentParser(prog='w')
w.add_argument('--blank', help='   ')
w.add_argument('--empty', help='')
w.add_argument('--tabs', help='a\tb\n\nc   d')
w.add_argument('--nbsp', help='keep\xa0together')
w.print_help()
