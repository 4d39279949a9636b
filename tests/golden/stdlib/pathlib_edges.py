# pathlib pure paths: parsing corner cases of both syntaxes, constructor argument
# types, joining rules, relative_to messages, parents as a sequence, match, URIs,
# comparisons across syntaxes, pickling and the C-like layout (no __dict__).
import pickle
import sys
from pathlib import PurePath, PurePosixPath as P, PureWindowsPath as W, Path


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for text in ['', '.', '..', '/', '//', '///', '//a/b', 'a//b/./c/', '/..', 'a/../b', '~/x',
             '.hidden', 'x.tar.gz', 'x.', '.x.y', 'a\\b']:
    p = P(text)
    print(repr(text), str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.anchor)
for text in ['c:', 'c:/', 'c:a', 'C:\\A\\b', '//srv/share', '//srv/share/x', '\\\\srv\\share\\',
             '//srv', '///x', '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\share\\x', '\\\\.\\pipe\\p',
             'a/b\\c', 'nul', 'con.txt', 'COM\xb9', 'lpt5:x', 'c:/prn ', '//srv/share/aux',
             'x:y', '1:', 'ab:cd']:
    w = W(text)
    print(repr(text), str(w), w.parts, w.drive, w.root, w.name, w.is_absolute(), w.is_reserved(),
          repr(w))
show(lambda: W('c:/a', 'c:b'))
show(lambda: W('c:/a') / 'c:b')
show(lambda: W('c:/a') / 'd:b')
show(lambda: W('c:/a') / '/x')
show(lambda: W('c:a', '/x', 'd:y'))
show(lambda: W('d:x', '/y'))
show(lambda: W('c:/a').joinpath('x', 'C:y'))
show(lambda: W('//s/h/a') / '/r')
show(lambda: P('a', '/b', 'c'))
show(lambda: P('/a') / '//b')
show(lambda: 'x' / P('y') / 'z')
show(lambda: P('a', P('/b'), W('c:/d')))
show(lambda: P(b'a'))
show(lambda: P('a', 3))
show(lambda: P('a') / 3)
show(lambda: 3 / P('a'))
show(lambda: P('a') / None)
show(lambda: P(P('q'), 'r'))
show(lambda: type(PurePath('a')).__name__)
show(lambda: type(Path('a')).__name__)

# relative_to and is_relative_to
for a, b in [('/a/b/c', '/a'), ('/a/b', '/a/b'), ('/a', '/'), ('a/b', 'a'), ('/a', 'a'),
             ('a', '/a'), ('a', ''), ('/a', ''), ('a/b', 'c')]:
    show(lambda: P(a).relative_to(b))
    show(lambda: P(a).is_relative_to(b))
show(lambda: P('/a/b/c').relative_to('/a', 'b'))
show(lambda: P('/a').relative_to())
for a, b in [('c:/a/b', 'c:'), ('c:/a/b', 'C:/A'), ('c:/a', 'd:/'), ('c:a', 'c:'),
             ('//s/h/x', '//S/H'), ('c:/a', '/a')]:
    show(lambda: W(a).relative_to(b))

# parents
pp = P('/a/b/c/d').parents
print(len(pp), list(pp), pp[0], pp[-1], pp[1:3], pp[::-2], pp[-2:], repr(pp))
show(lambda: pp[4])
show(lambda: pp[-5])
show(lambda: pp['x'])
print(P('/x') in pp, P('/a') in pp, pp.index(P('/a')), pp.count(P('/')), list(reversed(pp)))
print(list(W('c:/x/y').parents), list(W('c:x/y').parents), list(P('x/y').parents), list(P('').parents))
print(P('/').parent, P('').parent, W('c:').parent, W('//s/h').parent, P('a').parent)

# with_* errors
for f in [lambda: P('').with_name('x'), lambda: P('/').with_name('x'), lambda: P('a').with_name(''),
          lambda: P('a').with_name('b/c'), lambda: P('a').with_name('.'), lambda: P('a').with_name('..'),
          lambda: W('a').with_name('b/'), lambda: W('a').with_name('c:'), lambda: W('c:/a').with_name('d:e'),
          lambda: P('a.b').with_suffix('c'), lambda: P('a.b').with_suffix('.'), lambda: P('a.b').with_suffix('./x'),
          lambda: W('a.b').with_suffix('.x/y'), lambda: P('').with_suffix('.x'), lambda: P('a.b').with_suffix(''),
          lambda: P('a.b.c').with_suffix('.d.e'), lambda: P('.bashrc').with_suffix('.x'),
          lambda: P('a.b').with_stem(''), lambda: P('x.tar.gz').with_stem('y'), lambda: P('a').with_suffix(3)]:
    show(f)

# match
for path, pat in [('/a/b.py', '*.py'), ('/a/b.py', 'a/*.py'), ('/a/b.py', '/a/*.py'), ('/a/b.py', '/*.py'),
                  ('a/b.py', '/a/*.py'), ('b.py', 'a/*.py'), ('/a/b/c.py', 'b/*.py'), ('A.PY', '*.py'),
                  ('/a', '/'), ('x', '*'), ('/', '*'), ('a/b', '**/b')]:
    print(path, pat, P(path).match(pat), W(path).match(pat))
show(lambda: P('a').match(''))
show(lambda: P('a').match('.'))
print(W('C:/Windows/X.EXE').match('c:/windows/*.exe'), W('c:/a').match('d:/a'), W('//s/h/f').match('//S/h/*'))

# URIs
for p in [P('/a b/c%d/\xe9'), P('//host/x'), W('c:/a b/\xe9'), W('//srv/share/f x'), W('\\\\?\\c:\\x')]:
    show(p.as_uri)
show(lambda: P('a').as_uri())
show(lambda: W('c:a').as_uri())
show(lambda: W('/a').as_uri())

# comparisons
print(P('a') == W('a'), P('a') == 'a', W('A/B') == W('a\\b'), P('A') == P('a'), hash(W('A')) == hash(W('a')))
print(sorted([P('b'), P('/a'), P('a/b'), P('a'), P('A')]))
print(sorted([W('b'), W('c:/a'), W('A'), W('a/B')]))
show(lambda: P('a') < W('a'))
show(lambda: P('a') < 'b')
show(lambda: P('a') >= P('a'))
print(P('a/b') < P('a/b/c'), P('/') < P('a'), len({P('a'), P('a/'), P('./a')}))

# pickling, layout
for p in [P('/a/b'), W('c:/x'), P(''), W('//s/h/z')]:
    back = pickle.loads(pickle.dumps(p))
    print(p.__reduce__(), back == p, type(back).__name__)
print(sys.getsizeof(P('a')) == sys.getsizeof(W('c:/a/b/c')), hasattr(P('a'), '__dict__'))
show(lambda: setattr(P('a'), 'extra', 1))
print(bytes(P('/a/\xe9')), P('a/b').__fspath__(), str(W('a/b')), W('a/b').as_posix())
print([c.__name__ for c in Path.__mro__], PurePath.__subclasses__()[:2])
