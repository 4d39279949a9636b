# PureWindowsPath: drives, UNC shares, separators, case-insensitivity, joining.
from pathlib import PureWindowsPath as W, PurePosixPath, WindowsPath, PurePath

for args in [('c:/a/b',), ('c:\\a\\b',), ('c:a',), ('c:',), ('/a',), ('\\\\server\\share\\x',),
             ('//server/share',), ('//server/share/',), ('\\\\?\\c:\\x',), ('\\\\?\\UNC\\srv\\sh\\x',),
             ('a/b', 'c:/x'), ('c:/a', 'd:b'), ('c:/a', '/b'), ('c:/a', 'c:b'), ('c:/a', 'C:b'),
             ('C:', '/', 'x'), ('a', 'b\\c'), ('.',), ('',), ('a/./b',), ('///x',), ('//a',),
             ('x:/', 'y'), ('1:/a',), ('c:/a/b.TXT',), ('NUL',), ('a/com1.txt',), ('//s/h/con',)]:
    p = W(*args)
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
    print('  name=%r suffix=%r stem=%r parent=%r abs=%s reserved=%s' %
          (p.name, p.suffix, p.stem, p.parent, p.is_absolute(), p.is_reserved()))
    print('  ', p.as_posix(), list(p.parents))

print(W('c:/a') / 'b', W('c:/a') / 'd:/x', W('c:/a') / '/x', W('c:/a') / 'c:x',
      W('c:/a') / 'D:x', W('//s/h/a') / '/z', W('a').joinpath('b', 'C:/', 'd'))
print(W('C:/A') == W('c:/a'), W('a') == PurePosixPath('a'), hash(W('ABC')) == hash(W('abc')))
print(W('a/b') < W('A/C'), sorted([W('B'), W('a'), W('C')]))
print(PurePosixPath(W('c:/a/b')), W(PurePosixPath('/a/b')))
print(type(PurePath('x')).__name__)
try:
    WindowsPath('a')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(W('c:/a/b').relative_to('C:/A'), W('//s/h/a/b').relative_to('//S/H'))
