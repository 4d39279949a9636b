import re
s = 'John Smith, Jane Doe; Alan Turing'
print(re.sub(r'(\w+) (\w+)', r'\2, \1', s))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last> \g<first>[\g<0>]', s))
print(re.sub(r'(\w+)', r'<\1>', 'a b', count=1), re.sub(r'\s+', ' ', '  many   spaces\there\n'), re.sub('', '-', 'abc'))
print(re.sub(r'a|(b)', r'[\1]', 'ab'), re.sub(r'(?i)HELLO', 'bye', 'hello Hello'), re.sub(r'x', r'\n', 'axb'), re.sub(r'x', '\\\\', 'axb'))
print(re.subn(r'o', '0', 'foo boo'), re.sub(r'\d', lambda m: '#' * int(m[0]), 'a1b2c3'))
print(re.sub(r'^', '> ', 'line1\nline2', flags=re.M), re.sub(r'$', ';', 'a\nb', flags=re.M))
for pat, repl in [(r'(a)', r'\2'), (r'(a)', r'\g<x>'), (r'(a)', r'\g<1'), (r'a', '\\')]:
    try:
        re.sub(pat, repl, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.split(r'\b', 'hi there'), re.split(r'(\s)(\s)?', 'a b  c'), re.split(r'[aeiou]', 'education', flags=re.I))
print(re.findall(r'(\d+)-(\d+)?', '1-2 3- 4-5'), re.findall(r'\b\w', 'the cat sat'), re.findall(r'(?:ab)+', 'ababxab'))
m = re.match(r'(?P<k>\w+)=(?P<v>[^;]*)', 'key=value;x=1')
print(m.expand(r'\g<v>:\g<k>'), m.group('k', 'v'), m.span('v'), m.start(), m.end(), m.lastgroup)
print(re.search(r'(a)(b)?', 'ac').groups(), re.search(r'(a)(b)?', 'ac').group(2), re.search(r'(a)(b)?', 'ac').span(2))
print(re.compile(r'\d+').findall('a1b22c333', 2, 7), re.compile(r'o').sub('0', 'foo', 1), re.compile('x').fullmatch('xx', 0, 1))
print(re.match(r'(?s).+', 'a\nb').group(), re.match(r'.+', 'a\nb').group(), re.search(r'(?m)^b$', 'a\nb\nc').span())
print(re.match(r'(?x) a  b # comment', 'ab'), re.search(r'[\u00e0-\u00ff]+', 'café olé').group(), re.match(r'\d+', '١٢٣'), re.match(r'(?a)\d+', '١٢٣'))
print(re.findall(r'a{2}|b{1,2}?|c{,2}', 'aaabbbccc'), re.findall(r'a*?b', 'aaab'), re.fullmatch(r'(ab|a)*', 'abaab'))
