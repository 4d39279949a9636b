import argparse, sys, io

def run(p, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = p.parse_args(args)
        res = repr(r)
    except SystemExit as e:
        res = 'exit %r' % (e.code,)
    except Exception as e:
        res = 'EXC %s: %s' % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = so, se
    print(args, '->', res)
    if out.getvalue(): print('OUT:', out.getvalue(), end='')
    if err.getvalue(): print('ERR:', err.getvalue(), end='')

# 1. long prog and wrapping
for width in (30, 50, 80):
    f = lambda prog: argparse.HelpFormatter(prog, width=width)
    p = argparse.ArgumentParser(prog='a_rather_long_program_name_here', formatter_class=f,
                                description='Some description text that is long enough to wrap around several times.',
                                epilog='epilog %(prog)s here')
    p.add_argument('--alpha', '-a', metavar='ALPHA_VALUE', help='alpha help text which is long too')
    p.add_argument('--beta', nargs='*', help='beta')
    p.add_argument('--gamma', nargs='+', choices=['x', 'y'], help='gamma %(choices)s %(default)s')
    p.add_argument('--delta', nargs=2, metavar=('D1', 'D2'))
    p.add_argument('pos1', help='first')
    p.add_argument('pos2', nargs='?', default='zz', help='second (default %(default)s)')
    p.add_argument('rest', nargs=argparse.REMAINDER)
    m = p.add_mutually_exclusive_group(required=True)
    m.add_argument('--one', action='store_true')
    m.add_argument('--two', action='store_const', const=2)
    m.add_argument('--three', help=argparse.SUPPRESS)
    print(p.format_help())
    print(p.format_usage())

p = argparse.ArgumentParser(prog='P', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
p.add_argument('x'); p.add_argument('y', nargs='+'); p.add_argument('z', nargs='*', metavar='Z')
print(p.format_help())
run(p, ['1'])
run(p, ['1', '2', '3', '4'])
run(p, ['--', '-1', '2'])
p = argparse.ArgumentParser(prog='P', add_help=False, prefix_chars='+/')
p.add_argument('+f', '++foo', action='count', default=0)
p.add_argument('/b', action='append', type=int)
print(p.format_help())
run(p, ['+f', '++foo', '/b', '3', '/b4'])
run(p, ['/b', 'x'])
run(p, ['+fff'])
p = argparse.ArgumentParser(prog='N')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('n', nargs='?', type=float)
run(p, ['-1'])
run(p, ['-2'])
run(p, ['-1', '-5'])
p2 = argparse.ArgumentParser(prog='N2')
p2.add_argument('n', type=float)
p2.add_argument('-x', type=int)
run(p2, ['-2.5'])
run(p2, ['-x', '-3', '4'])
run(p2, ['-x'])
run(p2, ['-x=5', '6'])
run(p2, ['-x5', '6', '7'])
# abbreviations
p = argparse.ArgumentParser(prog='A')
p.add_argument('--verbose', action='store_true'); p.add_argument('--version-info', action='store_true'); p.add_argument('--value', type=int)
run(p, ['--verb'])
run(p, ['--ve'])
run(p, ['--val=3'])
run(p, ['--value', '3', '--vers'])
run(p, ['--unknown', 'x'])
pa = argparse.ArgumentParser(prog='A', allow_abbrev=False)
pa.add_argument('--verbose', action='store_true')
run(pa, ['--verb'])
# short flags combined
p = argparse.ArgumentParser(prog='S')
p.add_argument('-a', action='store_true'); p.add_argument('-b', action='store_true'); p.add_argument('-c', type=str)
run(p, ['-abc', 'val'])
run(p, ['-abcval'])
run(p, ['-ab', '-cx'])
run(p, ['-ax'])
run(p, ['-a=1'])
# repr, namespaces
ns = argparse.Namespace(a=1, **{'b-c': 2})
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, **{'b-c': 2}), ns != 1)
print(argparse.FileType('w', 0, encoding='utf-8'), argparse.FileType())
print(repr(p)[:60])
for a in p._actions: print(a)
print(argparse.ArgumentError(None, 'msg'), argparse.ArgumentError(p._actions[1], 'bad'))
