# re: scanner-like iteration, callables with groups, deep inputs, pos/endpos in
# finditer/findall, Pattern and Match corner cases.
import re, copy

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)')
text = 'a=1, bb=22, ccc=333'
for m in p.finditer(text, 3, 15):
    print(m.span(), m.group('key', 'val'), m.pos, m.endpos)
print(p.findall(text, 5), p.sub(lambda m: m['val'] + '=' + m['key'], text))
print(p.subn(lambda m: None, text), p.sub(lambda m: '', text, 1))
print(re.sub('(?P<w>\\w+)', '\\g<w>\\g<w>', 'ab cd', count=1))
print(re.sub('a', 'b', bytearray(b'aa')) if False else re.sub(b'a', b'b', bytearray(b'aa')))
m = re.search('(a)(b)', 'xab')
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(p) is p)
print(m.start(1), m.end(2), m.span(0), m.regs, m.lastindex, m.lastgroup)
print(p.match(text).lastgroup, p.match(text).lastindex)
print(re.match('(?P<a>x)(?P<b>y)?', 'x').lastgroup)
# deep inputs: the matcher keeps its own stack
s = 'ab' * 200000
print(re.match('(a|b)*', s).end(), re.match('(?:a|b)*?$', s).end(), re.fullmatch('(ab)+', s).span(1))
print(re.match('(a*)*b', 'a' * 8) is None, len(re.findall('a|b', s)))
print(re.search('(x+x+)+y', 'x' * 12) is None)
print(len(re.split('b', s)), re.sub('a', '', s)[:5])
# patterns as dict keys and equality
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), len({re.compile('x'), re.compile('x')}))
print(re.Pattern.__name__, re.Match.__name__, type(re.compile('')).__name__)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
# deeply nested groups: CPython's recursive parser gives up with RecursionError
for n in (400, 100000):
    try:
        print(n, re.compile('(' * n + 'a' + ')' * n).groups)
    except RecursionError as e:
        print(n, 'RecursionError')
