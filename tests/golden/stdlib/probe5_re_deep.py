import re
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)(?:-(?P<day>\d\d))?', 'on 2024-03 and')
print(m, m.group(), m.group(1, 2), m.groups(), m.groups('-'), m.groupdict(), m.span(), m.start('mon'), m.end(3))
print(m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, m['year'])
print(m.expand(r'\g<mon>/\1'), m.regs)
print(re.match(r'a', 'ba'), re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'ab c'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'\d', 'a1b22'), re.findall(r'(a)|b', 'ab'))
print([m.span() for m in re.finditer(r'o', 'foo boo')])
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'x*', 'axbc'), re.split(r',', 'a,b,c', maxsplit=1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.subn(r'a', 'b', 'aaa', count=2))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'x*', '-', 'abxd'), re.sub('(?P<n>a)', r'\g<n>\g<0>', 'ab'))
print(re.escape('a.b*c?d [x]'), re.escape('hello_world-1'))
p = re.compile(r'(?i)hello', re.M)
print(p, p.flags & re.I, p.groups, p.groupindex, p.pattern)
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex)
print(re.search(r'(?<=\$)\d+', 'cost $42').group(), re.search(r'\d+(?!px)', '12px 34em').group())
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ab'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'a++a', 'aaa'), re.match(r'(\w+)\s\1', 'the the'))
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'.', 'a\nb', re.S), re.findall(r'a b # c', 'ab', re.X))
print(re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bar', 'bar car'))
print(re.fullmatch(r'[^\W\d_]+', 'Ünïcode'), re.match(r'\w+', 'ÄB', re.A))
for bad in ['(', 'a)', '[a', '*a', 'a{2,1}', r'(?P<1>a)', r'\k', '(?<=a+)b', r'(?P=n)', 'a**', r'\1', '(?z)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos)
try:
    re.sub('a', r'\9', 'a')
except re.error as e:
    print(e)
try:
    m.group(7)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(re.purge(), re.template if False else '', re.IGNORECASE, repr(re.I | re.M), re.RegexFlag.DOTALL.value)
print(p.search('xx HELLO'), p.match('HELLO', 0), p.sub('bye', 'Hello hello'), p.split('aHELLOb'))
print(re.compile('a').search('bab', 2), re.compile('a').search('bab', 0, 1))
