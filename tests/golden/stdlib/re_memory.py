# re objects and memory: gc tracking, sizes, reference counts, release of strings.
import re, sys, gc

p = re.compile(r'(a)(b)?')
m = p.match('ab')
print(gc.is_tracked(p), gc.is_tracked(m))
print(sys.getsizeof(m), sys.getsizeof(re.match('a', 'a')), sys.getsizeof(re.match('(a)(b)(c)', 'abc')))
s = ''.join(['x', ' y ', 'z'])
print(sys.getrefcount(s))
m2 = re.search('y', s)
print(sys.getrefcount(s), sys.getrefcount(m2), m2.string is s)
g = m2.group()
del m2
print(sys.getrefcount(s))
ms = list(re.finditer('[xyz]', s))
print(sys.getrefcount(s), len(ms))
del ms
print(sys.getrefcount(s))
pat = ''.join(['q', '+'])
c = re.compile(pat)
print(c.pattern is pat)
print(type(p).__name__, type(m).__name__, re.Pattern, re.Match, isinstance(m, re.Match))

class Text(str):
    def __del__(self):
        print('text released')

t = Text('abc')
m = re.match('a', t)
del t
print('deleted name')
del m
print('after match')
