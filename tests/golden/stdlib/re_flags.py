# re flags: constants, reprs, combinations, inline and scoped flags, VERBOSE, ASCII.
import re

for f in (re.A, re.I, re.L, re.M, re.S, re.X, re.U, re.NOFLAG, re.DEBUG):
    print(repr(f), str(f), f + 0, f.name)
print(re.I | re.M, re.M | re.I, re.I | re.S | re.X | re.A, re.I & re.M, re.I | 0, 0 | re.I)
print(re.I ^ re.I, (re.I | re.M) & re.M, isinstance(re.I | re.M, int), re.I == re.IGNORECASE)
print(re.compile('a', re.I).flags, re.compile(b'a', re.I).flags, re.compile('(?im)a').flags)
print(re.compile('(?x)a').flags, re.compile('(?a)a').flags, re.compile(b'(?L)a').flags)
print(re.compile('a', re.M | re.S).flags == re.M | re.S | re.U)

def show(pattern, string, flags=0):
    m = re.search(pattern, string, flags)
    print(repr(pattern), repr(string), m and (m.span(), m.group()))

show('abc', 'xABCx', re.I)
show('(?i)abc', 'xABCx')
show('a(?i:b)c', 'aBc')
show('a(?i:b)c', 'aBC')
show('(?i)a(?-i:b)c', 'AbC')
show('(?i)a(?-i:b)c', 'ABC')
show('^b$', 'a\nb\nc', re.M)
show('(?m)^b$', 'a\nb\nc')
show('a(?m:$)', 'a\nb')
show('a$', 'a\nb')
show('a.c', 'a\nc', re.S)
show('(?s)a.c', 'a\nc')
show('(?s:a.)c', 'a\nc')
show('''
    (\\d+)   # number
    \\s*     # space
    ([a-z]+) # word
''', 'x 42  abc', re.X)
show('(?x) a b c # comment', 'abc')
show('(?x)a[ ]b', 'a b')
show('(?x)a\\ b', 'a b')
show('(?x:a b)c d', 'abc d')
show('\\w+', 'naïve', re.A)
show('(?a)\\w+', 'naïve')
show('(?a:\\w+)ï', 'naïve')
show('\\d', '٣', re.A)
show('\\s', '\u2003', re.A)
show('\\b\\w', 'éa', re.A)
show('É', 'é', re.I | re.A)
show('É', 'é', re.I)
show(b'\\w+', b'caf\xe9')
show(b'(?i)CAF\xc9', b'caf\xe9')
show(b'(?i)caf', b'CAF')
show('(?i)[^a]', 'A')
show('(?i)[^k]', '\u212a')
show('(?i)\u212a', 'k')
show('(?u)\\w', 'é')
for p, f in (('(?i)a', re.I), ('a', re.I | re.M | re.S | re.X)):
    print(repr(re.compile(p, f)))
