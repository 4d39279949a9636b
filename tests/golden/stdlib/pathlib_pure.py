# PurePath construction, parts and the properties derived from them.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath
import os

for args in [(), ('',), ('.',), ('a',), ('a/b',), ('/a/b/',), ('a', 'b/c'),
             ('a', '/b', 'c'), ('//a/b',), ('///a//b/./c',), ('a/./b/../c',),
             ('/',), ('~/x',), (PurePosixPath('x'), 'y'), ('a.tar.gz',)]:
    p = PurePosixPath(*args)
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
    print('  name=%r suffix=%r suffixes=%r stem=%r parent=%r' %
          (p.name, p.suffix, p.suffixes, p.stem, p.parent))
    print('  abs', p.is_absolute(), 'reserved', p.is_reserved(), 'posix', p.as_posix(),
          'fspath', os.fspath(p), bytes(p))

for name in ['.bashrc', 'a.', 'a..b', '..', 'x.tar.gz', 'noext', '.a.b.', 'a.b.c']:
    p = PurePosixPath('/d', name)
    print(name, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))

print(type(PurePath('a')).__name__, type(Path('a')).__name__)
print(repr(Path('a/b')), repr(PosixPath('/x')), repr(Path()))
print(isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath),
      isinstance(PurePosixPath('a'), Path))
print(issubclass(PurePath, os.PathLike), isinstance(PurePosixPath('a'), os.PathLike))

p = PurePosixPath('/usr/lib/python3/x.py')
ps = p.parents
print(ps, len(ps), list(ps))
print(ps[0], ps[-1], ps[1:], ps[::-1], ps[-2:], ps[::2])
for idx in [4, -5, 10]:
    try:
        ps[idx]
    except IndexError as e:
        print('IndexError', repr(e))
print(list(PurePosixPath('a/b/c').parents), list(PurePosixPath('a').parents))
print(PurePosixPath('/').parent, PurePosixPath('.').parent, PurePosixPath('a').parent)
print(PurePosixPath('/a') in ps, ps.index(PurePosixPath('/usr')), ps.count(PurePosixPath('/')))

# Joining
print(PurePosixPath('a') / 'b' / 'c', 'x' / PurePosixPath('y'), '/r' / PurePosixPath('y'))
print(PurePosixPath('a') / '/abs', PurePosixPath('a').joinpath('b', 'c', '/d', 'e'))
print(PurePosixPath('a') / PurePosixPath('b'), Path('a') / 'b', type(Path('a') / 'b').__name__)
print(type('x' / Path('y')).__name__, PurePosixPath('a').joinpath())
for bad in [1, None, b'x', 2.5]:
    try:
        PurePosixPath('a') / bad
    except TypeError as e:
        print('TypeError', e)
    try:
        bad / PurePosixPath('a')
    except TypeError as e:
        print('TypeError', e)
for bad in [1, b'x', None]:
    try:
        PurePosixPath(bad)
    except TypeError as e:
        print('TypeError', e)
class FS:
    def __fspath__(self):
        return 'from/fspath'
print(PurePosixPath(FS(), 'z'), PurePosixPath('q') / FS())

# str subclasses become plain str
class S(str):
    pass
print(type(PurePosixPath(S('abc')).parts[0]).__name__)
