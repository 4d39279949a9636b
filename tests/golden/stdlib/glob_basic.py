# glob.glob / iglob over a tree made in a fresh temporary folder.
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
for name in ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'sub/d.txt', 'sub/e.py',
             'sub/deep/f.txt', 'sub/.hdir/g.txt', '.hdir2/h.txt', 'x[1].txt', 'q?.txt']:
    path = os.path.join(base, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(name)
os.makedirs(os.path.join(base, 'empty'))

old = os.getcwd()
os.chdir(base)
try:
    for pat in ['*.txt', '*', '.*', '*.py', 'sub/*', 'sub/*.txt', '*/*.txt', '*/*/*',
                '?.txt', '[ab].txt', '[!a].txt', 'sub', 'sub/', '*/', 'nope', 'nope/*',
                'x[[]1].txt', glob.escape('x[1].txt'), glob.escape('q?.txt'), '.hdir2/*',
                '**', '**/*.txt', 'sub/**', 's*/d*', 'empty/*', '']:
        print(repr(pat), sorted(glob.glob(pat)))
    for pat in ['**', '**/*.txt', 'sub/**', 'sub/**/', '**/', '**/*.py', '**/.h*',
                'sub/**/*.txt', '**/deep', 'a**.txt']:
        print('recursive', repr(pat), sorted(glob.glob(pat, recursive=True)))
    it = glob.iglob('*.py')
    print(type(it).__name__ in ('generator', 'chain'), sorted(it))
    print(sorted(glob.glob(b'*.py')), sorted(glob.glob(b'**', recursive=True)))
finally:
    os.chdir(old)

# root_dir keeps results relative to it; absolute patterns stay absolute
print(sorted(glob.glob('*.txt', root_dir=base)))
print(sorted(glob.glob('sub/*', root_dir=base)))
print(sorted(glob.glob('**/*.py', root_dir=base, recursive=True)))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '*.py'))))
print(sorted(os.path.relpath(p, base)
             for p in glob.glob(os.path.join(base, '**', '*.txt'), recursive=True)))
print(glob.glob(os.path.join(base, 'nothing*')))

# has_magic and escape
for s in ['abc', 'a*c', 'a?c', 'a[c', 'a]c', b'a*', b'abc', '']:
    print(repr(s), glob.has_magic(s))
for s in ['a*b?c[d]', '/x/*/y', b'a[b]*', 'plain', '[', '//?/c:/a*']:
    print(repr(s), repr(glob.escape(s)))

shutil.rmtree(base)
