import argparse, sys, io, contextlib
def trial(parser, argv):
    err = io.StringIO(); out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            ns = parser.parse_args(argv)
            print('NS', ns, file=out)
        except SystemExit as e:
            print('EXIT', e.code, file=out)
    print(argv, '=>', out.getvalue().strip().replace('\n', ' / '), '|', err.getvalue().strip().replace('\n', ' / '))
p = argparse.ArgumentParser(prog='demo', allow_abbrev=True)
p.add_argument('--verbose', '-v', action='store_true')
p.add_argument('--verbosity', type=int)
p.add_argument('--num', type=int, nargs=2)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--ch', type=int, choices=[1, 2, 3])
p.add_argument('pos', nargs='?', default='P')
for argv in [[], ['--verb'], ['--verbo', '1'], ['--verbosity=3'], ['--num', '1'], ['--num', '1', 'x'], ['--opt'], ['--opt', 'val'], ['--many'], ['--plus'], ['--ch', '5'], ['--ch', 'x'],
             ['a', 'b'], ['-vx'], ['--', '-v'], ['-v', '--', '--num'], ['--num=1', '2'], ['--nope=1'], ['-'], ['--plus', 'a', 'b', 'c']]:
    trial(p, argv)
q = argparse.ArgumentParser(prog='req')
q.add_argument('--must', required=True)
q.add_argument('x')
q.add_argument('y', nargs='+')
trial(q, [])
trial(q, ['a'])
trial(q, ['a', 'b'])
trial(q, ['--must', 'm', 'a', 'b', 'c'])
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true'); g.add_argument('--b', action='store_true')
trial(m, []); trial(m, ['--a', '--b']); trial(m, ['--b'])
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f'{v} is not positive')
    return v
t = argparse.ArgumentParser(prog='typ')
t.add_argument('n', type=positive)
t.add_argument('--f', type=float)
t.add_argument('--o', type=open)
trial(t, ['-3']); trial(t, ['3', '--f', 'abc']); trial(t, ['3', '--o', '/nonexistent/x']); trial(t, ['x'])
s = argparse.ArgumentParser(prog='sub')
sp = s.add_subparsers(dest='cmd')
a = sp.add_parser('add'); a.add_argument('n', type=int)
trial(s, ['add']); trial(s, ['del']); trial(s, []); trial(s, ['add', '1', 'extra'])
e = argparse.ArgumentParser(prog='ex', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('ArgumentError', err, '|', err.argument_name, '|', err.message)
try:
    argparse.ArgumentParser().add_argument('x', nargs=0)
except ValueError as err:
    print('ValueError', err)
try:
    argparse.ArgumentParser().add_argument('-x', action='bogus')
except ValueError as err:
    print('ValueError', err)
try:
    argparse.ArgumentParser().add_argument('x', required=True)
except TypeError as err:
    print('TypeError', err)
