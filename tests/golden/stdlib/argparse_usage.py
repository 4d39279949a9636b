# Usage lines: wrapping with short and long prog, positionals only, metavars.
import argparse
import os

os.environ.pop('COLUMNS', None)


def usage(prog, build):
    p = argparse.ArgumentParser(prog=prog)
    build(p)
    print(p.format_usage(), end='')


def many_options(p):
    for i in range(12):
        p.add_argument('--option-%d' % i, metavar='VALUE%d' % i)


def many_positionals(p):
    for i in range(10):
        p.add_argument('positional_argument_%d' % i)


def both(p):
    many_options(p)
    many_positionals(p)


def no_options(p):
    pass


usage('short', many_options)
usage('short', many_positionals)
usage('short', both)
usage('a-rather-long-program-name-that-takes-most-of-the-line', many_options)
usage('a-rather-long-program-name-that-takes-most-of-the-line', many_positionals)
usage('a-rather-long-program-name-that-takes-most-of-the-line', both)
usage('p' * 70, lambda p: p.add_argument('x'))
usage('p' * 90, no_options)

pp = argparse.ArgumentParser(prog='pos', add_help=False)
many_positionals(pp)
print(pp.format_usage(), end='')

# nargs forms in usage and help
n = argparse.ArgumentParser(prog='forms')
n.add_argument('--one', nargs=1)
n.add_argument('--three', nargs=3)
n.add_argument('--q', nargs='?')
n.add_argument('--s', nargs='*')
n.add_argument('--p', nargs='+')
n.add_argument('--two-names', nargs='*', metavar=('A', 'B'))
n.add_argument('--rem', nargs=argparse.REMAINDER)
n.add_argument('req_opt', nargs='?')
n.add_argument('req_star', nargs='*')
n.add_argument('req_plus', nargs='+')
n.add_argument('rest', nargs=argparse.REMAINDER)
n.add_argument('--required-opt', required=True, nargs=2)
n.print_help()

# metavars with brackets and parentheses keep together
m = argparse.ArgumentParser(prog='mv' * 5)
m.add_argument('--alpha-option', metavar='[ALPHA]')
m.add_argument('--beta-option', metavar='(B)')
m.add_argument('--gamma-option', metavar='<gamma>')
m.add_argument('--delta-option', metavar='DELTA')
m.add_argument('--epsilon-option', metavar='E')
m.add_argument('target', metavar='<target>')
print(m.format_usage(), end='')

# an explicit usage is not wrapped
e = argparse.ArgumentParser(prog='exp', usage='exp ' + 'word ' * 30)
print(e.format_usage(), end='')

# the usage of a parser with everything suppressed
s = argparse.ArgumentParser(prog='sup', add_help=False)
s.add_argument('--hidden', help=argparse.SUPPRESS)
s.add_argument('hidden_pos', help=argparse.SUPPRESS)
print(s.format_help(), end='|\n')
