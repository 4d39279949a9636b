import argparse
def build():
    parser = argparse.ArgumentParser(description='A tiny calculator.')
    parser.add_argument('op', choices=['add', 'mul', 'max'], help='operation to perform')
    parser.add_argument('nums', type=float, nargs='*', help='numbers')
    parser.add_argument('-p', '--precision', type=int, default=2, metavar='N')
    parser.add_argument('-q', '--quiet', action='store_true', help='only print the result')
    parser.add_argument('--const', action='store_const', const=42, dest='k')
    return parser
parser = build()
parser.prog = 'calc'
print(parser.format_help())
for argv in (['add', '1', '2', '3.5'], ['mul', '2', '4', '-p', '0'], ['max', '5', '1', '9', '-q'], ['add', '--const']):
    a = parser.parse_args(argv)
    import math
    r = {'add': sum, 'mul': math.prod, 'max': lambda xs: max(xs) if xs else None}[a.op](a.nums)
    print(a, r if a.quiet else f'{a.op}({a.nums}) = {r:.{a.precision}f}' if r is not None else None)
ns = argparse.Namespace(x=1)
print(ns, 'x' in ns, ns == argparse.Namespace(x=1))
p2 = argparse.ArgumentParser(prog='pp', usage='%(prog)s [options]')
p2.add_argument('--long-option-name-here', help='a very long help text that should be wrapped by the formatter because it goes on and on and on')
grp = p2.add_argument_group('advanced', 'advanced settings')
grp.add_argument('--level', type=int, choices=range(1, 4))
p2.print_help()
parser.parse_args(['div', '1'])
