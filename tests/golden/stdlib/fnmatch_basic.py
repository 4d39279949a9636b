# fnmatch, fnmatchcase, filter and translate.
import fnmatch

names = ['a.py', 'b.PY', 'c.txt', '.hidden.py', 'dir/x.py', 'ab', 'ba', '[x]', 'a-b', 'a!b']
for pat in ['*.py', '*.PY', '?', '??', '[ab]*', '[!a]*', '[a-c].*', '*[!.]', 'a[-!]b',
            '[[]x]', '[]x]', '[!]x]', '*/*', '', '*', '.*', '[z-a]', '[a-]b', 'a[!-]b']:
    print(repr(pat), fnmatch.filter(names, pat),
          [fnmatch.fnmatch(n, pat) for n in names[:4]])

print(fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('A.PY', '*.py'))
print(fnmatch.fnmatchcase(b'abc', b'a?c'), fnmatch.filter([b'x1', b'y2'], b'x*'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('line\n', 'line'))

for pat in ['*.py', 'a?b', '[abc]', '[!abc]', '[a-z]', '[]]', '[!]]', '*a*b*c*', '**a',
            'a*', '*a', '[', '[!', '[]', '[!]', '\\', '[\\]', '[a-c-e]', '[z-a]',
            '[a&&b]', '[~|]', '[^x]', '[[x]', 'a.b+c(d)', '{a,b}', 'é*', '*.[ch]',
            '[--/]', '[a-a]', '[!a-]', '***', '?*?', '*?*?*']:
    print(repr(pat), repr(fnmatch.translate(pat)))

for args in [(1, 'a'), ('a', 1), (b'a', 'a'), ('a', b'a')]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(f(*args))
        except TypeError as e:
            print('TypeError', e)
try:
    fnmatch.filter(['a', 1], '*')
except TypeError as e:
    print('TypeError', e)
print(fnmatch.__all__)
