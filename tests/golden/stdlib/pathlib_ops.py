# with_name/with_stem/with_suffix, relative_to, match, comparison, hashing, as_uri.
from pathlib import PurePosixPath as P, PureWindowsPath as W, Path


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


p = P('/a/b/file.tar.gz')
for name in ['x.txt', '', 'a/b', '/x', '.', '..', 'x/', 'ok']:
    show(p.with_name, name)
for stem in ['new', '', 'a/b', 'z.']:
    show(p.with_stem, stem)
for suf in ['.bz2', '', 'bz2', '.', '.a/b', '..', '.a.b', '/']:
    show(p.with_suffix, suf)
show(P('/').with_name, 'x')
show(P('.').with_suffix, '.x')
show(P('').with_stem, 'x')
show(P('a').with_suffix, '.x')
show(P('a.b').with_suffix, '')
show(W('c:/a/b.txt').with_name, 'x:y')
show(W('c:/a/b.txt').with_suffix, '.a\\b')

# relative_to and is_relative_to
cases = [('/a/b/c', '/a'), ('/a/b/c', '/a/b/c'), ('/a/b', '/c'), ('a/b', '/a'),
         ('/a/b', 'a'), ('a/b/c', 'a/b'), ('a/b', ''), ('/a', '/'), ('a', 'b'),
         ('/a/b/c', '/a/b/'), ('/', '/')]
for a, b in cases:
    show(P(a).relative_to, b)
    print(' ', P(a).is_relative_to(b))
show(P('/a/b/c').relative_to, '/a', 'b')
show(P('/a/b/c').relative_to)
show(P('a').relative_to, 1)
show(W('C:/Foo/Bar').relative_to, 'c:/foo')
show(W('C:/Foo/Bar').relative_to, 'd:/foo')

# match
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('b.py', 'a/b.py'),
                  ('/a/b.py', '**/*.py'), ('a/b.PY', '*.py'), ('a/b', 'a/*'),
                  ('x/.hidden', '*'), ('a/b/c', 'b/c'), ('a/b/c', '*/*/*/*')]:
    print(path, pat, P(path).match(pat), W(path).match(pat))
show(P('a').match, '')

# comparison, hashing, sorting
print(P('a') == P('a'), P('a') == P('A'), W('a') == W('A'), P('a') == W('a'))
print(P('a') == Path('a'), P('a') == 'a', P('a') != 'a', P('a/b') == P('a//b/.'))
print(hash(P('a/b')) == hash(P('a/b')), hash(W('A/B')) == hash(W('a/b')),
      hash(P('a')) == hash(Path('a')))
print(sorted([P('b'), P('a/c'), P('/z'), P('a'), P('a/b')]))
print(P('a') < P('b'), P('a') <= P('a'), P('b') > P('a'), P('a') >= P('b'))
for op in ['<', '<=', '>', '>=']:
    for other in ["W('a')", "'a'", "1"]:
        try:
            eval("P('a') %s %s" % (op, other))
        except TypeError as e:
            print('TypeError', e)
print(len({P('a'), P('a/'), P('./a'), Path('a')}))
d = {P('x'): 1}
print(d[Path('x')])

# as_uri
for s in ['/a/b', '/a b/c%d', '/é', '/', '//host/share']:
    show(lambda: P(s).as_uri())
show(lambda: P('a').as_uri())
show(lambda: W('c:/a b/c').as_uri())
show(lambda: W('//server/share/a').as_uri())
show(lambda: W('c:a').as_uri())
