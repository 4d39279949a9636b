# Positional and optional arguments, the built-in actions, Namespace.
import argparse
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns

p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('-q', '--quiet', action='store_false', dest='loud')
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('--ratio', type=float)
p.add_argument('-c', action='store_const', const=42)
p.add_argument('-I', '--include', action='append')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('-d', action='count', default=0)
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)

print(p.parse_args(['a']))
print(p.parse_args(['a', 'b', '-v', '-n', '7']))
print(p.parse_args(['-vq', 'x', '--num=12', '--ratio', '2.5']))
print(p.parse_args(['x', '-c', '-I', 'one', '-Itwo', '--include=three']))
print(p.parse_args(['x', '--tag', '--tag', '-ddd', '-d']))
print(p.parse_args(['x', '--ext', 'a', 'b', '--ext', 'c']))
print(p.parse_args(['x', '--no-color']))
print(p.parse_args(['x', '--color']))
print(p.parse_args(['x', '-n-5']))
print(p.parse_args(['x', '--nu', '9']))    # abbreviation
print(p.parse_args(['--', '-x']))           # '--' ends the options

ns = p.parse_args(['a'])
print(ns.src, ns.dst, ns.verbose, ns.loud, ns.num, ns.ratio, ns.c, ns.include, ns.tags, ns.d)
print('src' in ns, 'nope' in ns)
print(vars(ns) == dict(vars(ns)))

# Namespace itself
n1 = argparse.Namespace(a=1, b=[2])
n2 = argparse.Namespace(a=1, b=[2])
print(n1, n1 == n2, n1 != n2, n1 == 5)
n2.c = 3
print(n2, n1 == n2)
print(argparse.Namespace(), argparse.Namespace(**{'not valid': 1, 'x': 2}))
try:
    hash(n1)
except TypeError as e:
    print('TypeError', e)

# A namespace given to parse_args keeps its attributes unless parsed
class Holder:
    pass
h = Holder()
h.num = 100
r = p.parse_args(['z'], namespace=h)
print(r is h, h.src, h.num, h.verbose)
ns = argparse.Namespace(num=5)
print(p.parse_args(['z', '-n', '1'], namespace=ns))

# parse_known_args leaves what it does not know
print(p.parse_known_args(['a', '--bogus', 'b', '-x', '--num', '1']))

# default list for append is copied, not changed in place
default = ['base']
p2 = argparse.ArgumentParser(prog='p2')
p2.add_argument('--item', action='append', default=default)
print(p2.parse_args(['--item', 'x', '--item', 'y']), default)
print(p2.parse_args([]))
