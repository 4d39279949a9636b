# re.sub / subn: templates, callables, count, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<a>\w)(?P<b>\d)', r'\g<b>\g<a>|\g<2>\g<1>|\g<0>', 'x1 y2'))
print(re.sub(r'a', r'\n\t\\', 'bab'))
print(re.sub(r'a', '\\x', 'a') if False else 'skip')
print(re.sub(r'(a)', r'[\1\0101]', 'a'))
print(re.sub(r'(a)', r'\08', 'a'))
print(re.sub(r'(b)?a', r'<\1>', 'a ba'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('a|', '-', 'baac'))
print(re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', count=2), re.subn('x', 'y', 'abc'))
print(re.sub('a', 'b', 'aaa', 1), re.sub('a', 'b', 'aaa', count=0))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)', lambda m: m.group(1).upper() if m.start() % 2 else None or '', 'abcd'))
print(re.sub(b'a', b'b', b'aXa'), re.sub(rb'(a)', rb'\1\1', b'xa'))
print(re.subn(r'(?m)^', '> ', 'one\ntwo\n'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  '))
print(re.sub('(a)(b)?', r'[\2]', 'ac ab'))
print(re.compile('o').sub('0', 'foo boo', 3))
m = re.search(r'(?P<n>\d)', 'x7')
print(m.expand(r'<\g<n>\1\g<0>>'))
for template in (r'\9', r'\g<9>', r'\g<x>', r'\g<-1>', r'\g<1a>', r'\g<', r'\g', r'\q', '\\', r'\g<>', r'\g<a', r'\400'):
    try:
        print(re.sub('(a)', template, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in (1, b'x'):
    try:
        re.sub('a', bad, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
s = ''.join(['no', ' match'])
print(re.sub('z', 'y', s) is s, re.sub('z', 'y', s) == s)
