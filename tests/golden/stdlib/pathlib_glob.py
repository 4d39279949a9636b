# Path.glob and Path.rglob (hidden files included, '**', trailing slash), iterdir.
import os
import shutil
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
for name in ['a.txt', 'b.py', '.hidden.txt', 'sub/c.txt', 'sub/d.py', 'sub/deep/e.txt',
             'sub/.hdir/f.txt', 'other/g.TXT', 'x[1].txt']:
    path = base / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(name)
(base / 'emptydir').mkdir()
(base / 'link_sub').symlink_to('sub')


def rels(paths):
    return sorted(p.relative_to(base).as_posix() for p in paths)


for pat in ['*.txt', '*', '.*', '*.py', 'sub/*', '*/*.txt', '**', '**/*.txt', '**/',
            '*/', 'sub/**', 'sub/**/*.txt', '?.txt', '[ab].*', 'x[[]1].txt', '*/deep',
            'nope', 'nope/*', 'sub', 'sub/', 'a.txt', 'a.txt/', '**/*.TXT', 'other/*.txt',
            '**/deep/*', '*/*/*']:
    print(repr(pat), rels(base.glob(pat)))
for pat in ['*.txt', '*.py', '*', '*/', 'e.txt', 'deep/*', '.*']:
    print('rglob', repr(pat), rels(base.rglob(pat)))
g = base.glob('*.py')
print(type(g).__name__, rels(g))

for pat, exc in [('', ValueError), ('/abs/*', NotImplementedError), ('a**b', ValueError),
                 ('**a', ValueError)]:
    try:
        list(base.glob(pat))
    except exc as e:
        print(type(e).__name__, e)
try:
    list(base.rglob('/x'))
except NotImplementedError as e:
    print('NotImplementedError', e)
print(list((base / 'nope').glob('*')), list((base / 'a.txt').glob('*')))

print(rels(base.iterdir()))
print(rels((base / 'sub').iterdir()), rels((base / 'emptydir').iterdir()))
it = base.iterdir()
print(type(it).__name__)

# glob results are paths of the same class, joined onto the base as given
old = os.getcwd()
os.chdir(base)
try:
    print(sorted(str(p) for p in Path('.').glob('*.py')), sorted(map(str, Path('sub').glob('*'))))
    print(sorted(str(p) for p in Path().rglob('*.py')))
finally:
    os.chdir(old)
shutil.rmtree(base)
print(base.exists())
