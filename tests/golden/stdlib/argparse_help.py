# Help text: sections, alignment, wrapping, %(default)s and friends, SUPPRESS.
import argparse
import os

os.environ.pop('COLUMNS', None)

p = argparse.ArgumentParser(
    prog='tool',
    description='A tool that does things. ' * 6,
    epilog='See the manual for more. ' * 5)
p.add_argument('input', help='the input file')
p.add_argument('outputs', nargs='*', help='where to write (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0,
               help='more output; give it twice for even more of it, as much as you like')
p.add_argument('-n', '--number', type=int, default=5, metavar='N',
               help='how many (default: %(default)s, type %(type)s, prog %(prog)s)')
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto',
               help='one of %(choices)s')
p.add_argument('--a-very-long-option-name-that-overflows', dest='long',
               help='the help starts on the next line')
p.add_argument('--nohelp')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'), help='a key and a value')
p.add_argument('--maybe', nargs='?', help='an optional value')
p.add_argument('--many', nargs='+', help='one or more')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('--percent', help='100%% sure')
p.print_help()
print('----')
print(p.format_usage(), end='')
print('----')
p.print_usage()
print('----')

# Groups with titles and descriptions
g = argparse.ArgumentParser(prog='grouped', add_help=False)
a = g.add_argument_group('input options', 'How input is read.')
a.add_argument('--in', dest='inp', help='input file')
b = g.add_argument_group('output')
b.add_argument('--out', help='output file')
b.add_argument('target', help='a positional in a group')
empty = g.add_argument_group('empty group', 'never shown')
print(g.format_help())
g._optionals.title = 'flags'
g.add_argument('--x', help='x')
print(g.format_help())

# No arguments at all
print(argparse.ArgumentParser(prog='bare', add_help=False).format_help(), end='|\n')
print(argparse.ArgumentParser(prog='bare2').format_help())

# usage given explicitly, with %(prog)s
u = argparse.ArgumentParser(prog='given', usage='%(prog)s [opts] FILE', description='d')
u.add_argument('file')
print(u.format_help())
s = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS)
s.add_argument('x', help='x')
print(s.format_help())

# description/epilog SUPPRESS and help of positionals with choices
c = argparse.ArgumentParser(prog='ch', description=argparse.SUPPRESS)
c.add_argument('color', choices=['red', 'green'], help='pick %(choices)s; %(metavar)s %(dest)s')
c.add_argument('size', type=int, choices=range(1, 4), metavar='SIZE')
c.add_argument('--level', type=int, choices=[1, 2, 3])
print(c.format_help())

# custom indent via formatter_class lambda
f = argparse.ArgumentParser(prog='f', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
f.add_argument('--long-option-name', metavar='VALUE', help='aligned further to the right than usual, wrapped at sixty columns')
print(f.format_help())
