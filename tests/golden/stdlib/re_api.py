# re module functions, Pattern and Match objects.
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(repr(re.compile('a', re.I | re.M)), repr(re.compile(b'a+', re.S)), repr(re.compile('x' * 300)))
print(repr(re.compile('(?x)a')), repr(re.compile('a', re.A)))
m = p.match('Jane Doe is here')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('first'))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs)
print(m.expand(r'\2, \1 (\g<first>) \g<0>'))
for bad in (3, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m[5]
except IndexError as e:
    print('IndexError', e)

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.lastindex)
print(re.match(r'(?P<a>x)|(?P<b>y)', 'y').groupdict(), re.match(r'(?P<a>x)|(?P<b>y)', 'y').groupdict(0))
print(re.match('a', 'b'), re.search('b', 'abc'), re.fullmatch('ab', 'abc'), re.fullmatch('ab|abc', 'abc'))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'a', 'a').lastindex)

# pos and endpos
q = re.compile(r'\w+')
print(q.search('ab cd', 2), q.search('ab cd', 3), q.match('ab cd', 3), q.search('abcd', 0, 2))
print(q.search('abcd', -5, 100), q.search('abcd', 10), q.fullmatch('abcd', 1, 3))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1), re.compile('a$').search('ab', 0, 1))
print(q.match('ab cd', 3).pos, q.search('abcd', 1, 3).endpos)

# findall / finditer
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\w)', 'a1b2c'), re.findall(r'(a)|b', 'ab'))
print(re.findall(r'', 'ab'), re.findall(r'a*', 'baac'), re.findall(r'\b', 'a b'))
print([m.span() for m in re.finditer(r'\w*', 'ab c')])
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__, [m.group() for m in it])
print(p.findall('a b c d e'), p.finditer('a b').__next__().groups())

# compile cache, purge, escape
print(re.compile('abc') is re.compile('abc'), re.compile(p) is p)
re.purge()
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q\tr-s&t~u'), re.escape(b'a.b c'))
print(re.escape('Ünïcödé_09'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in (1, None):
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)

# bytes
b = re.compile(rb'(\w+)=(\d+)')
print(b.findall(b'x=1 y=22'), b.sub(rb'\2=\1', b'x=1 y=22'), b.match(bytearray(b'k=5')))
print(re.split(rb'\s+', b'a b  c'), re.search(rb'\xe9', b'caf\xe9'), re.match(rb'(?i)\xc9', b'\xe9'))

# flags
print(re.I, re.IGNORECASE | re.MULTILINE, re.M | re.I, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I + 0, re.I == 2, re.I | 1024, re.I.name, re.I.value, re.DOTALL + 0, type(re.I | re.M).__name__)
print(re.search('A', 'xa', re.I | re.M).span(), re.search('a.b', 'a\nb', flags=re.DOTALL).group())
