# re.error messages, positions, line and column numbers, and other exceptions.
import re

patterns = [
    '(', '((a)', 'a)', '*', 'a**', '+a', '?', 'a{3,2}', '{1}', 'a|*', '(?', '(?<x)', '(?Px)',
    '(?P<', '(?P<a', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=a)(?P<a>x)',
    '(?P<a>(?P=a))', r'\q', '\\', r'\x4', r'\u12', r'\U0001', r'[\x4]', r'\8', r'(a)\2', r'\400',
    r'[\400]', '[a', '[a-', '[z-a]', r'[\w-z]', r'[a-\d]', '(?i', '(?z)', '(?i-:a)', '(?-)',
    '(?a-a:x)', '(?-a:x)', '(?ia)', '(?au)', '(?L)', 'a(?i)b', '(?#abc', '(?<=a*)b',
    '(?<=a|bc)d', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(a-)x)', '(?(2)a)(b)', '(?(1)a)',
    'a{4294967296}', '(?P<a>a)(?(a)b|c', '(?x)(', 'a\n(b', '\n\n  )', '$*', r'\b+',
    '(?<!a{1,2})', r'(?<=(a)\1)', '(?<=(?P<n>a)(?P=n))b', '(?:?)', '(?i:*)', '(?>)*',
    '(?', '(?P', '(?<',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

for p, f in ((b'(?u)a', 0), (b'a', re.U), ('a', re.L), ('a', re.A | re.U), (b'a', re.A | re.L)):
    try:
        re.compile(p, f)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), 'error:', e)
    except ValueError as e:
        print(repr(p), 'ValueError', e)

try:
    re.compile(b'[\xff')
except re.error as e:
    print(e, e.pattern)
try:
    re.compile(b'\\\xe9')
except re.error as e:
    print(e)

e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile('[')
except Exception as e:
    print(type(e).__module__, type(e).__name__, repr(e))
re.compile('a)b')
