import argparse, sys, io
p = argparse.ArgumentParser(prog='tool', description='Process some files.', epilog='See docs.')
p.add_argument('files', nargs='+', metavar='FILE', help='input files')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-o', dest='output', required=False)
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=False)
p.add_argument('--tag', action='append', default=[])
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--csv', action='store_true')
p.print_help()
print(p.format_usage())
print(p.parse_args(['a', 'b', '-vv', '-n', '5', '--tag', 'x', '--tag=y', '--no-flag']))
print(vars(p.parse_args(['f', '--mode', 'slow', '--json', '-oout'])))
print(p.parse_known_args(['f', '--unknown', 'z']))
def run(argv):
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue().splitlines()[-1]))
    finally:
        sys.stderr = old
run([])
run(['f', '-n', 'x'])
run(['f', '--mode', 'medium'])
run(['f', '--json', '--csv'])
run(['f', '--bogus'])
run(['f', '-n'])
out = io.StringIO(); old = sys.stdout; sys.stdout = out
try:
    p.parse_args(['--version'])
except SystemExit as e:
    sys.stdout = old
    print('version exit', e.code, repr(out.getvalue()))
sub = argparse.ArgumentParser(prog='git')
sp = sub.add_subparsers(dest='cmd', required=True, help='sub-command help')
c = sp.add_parser('commit', help='record changes'); c.add_argument('-m', required=True)
pu = sp.add_parser('push', aliases=['p']); pu.add_argument('remote', nargs='?', default='origin')
print(sub.parse_args(['commit', '-m', 'msg']), sub.parse_args(['p']))
sub.print_help()
c.print_help()
q = argparse.ArgumentParser(prog='x', formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
q.add_argument('--size', type=float, default=1.5, help='the size')
q.add_argument('pos', nargs=2, type=int)
q.add_argument('rest', nargs=argparse.REMAINDER)
q.print_help()
print(q.parse_args(['1', '2', 'a', '--b']))
try:
    q.add_argument('--size')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
sys.argv = ['prog', 'only']
p.parse_args(['--mode'])
