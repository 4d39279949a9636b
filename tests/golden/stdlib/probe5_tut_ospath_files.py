import os, os.path, tempfile
with tempfile.TemporaryDirectory() as root:
    for rel in ['src/main.py', 'src/util/helpers.py', 'src/util/__init__.py', 'docs/index.md', 'README.md', 'data/raw/a.csv', 'data/raw/b.csv']:
        full = os.path.join(root, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write(rel * 3)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        print(rel, sorted(filenames))
    sizes = {}
    for dirpath, _, files in os.walk(root):
        for fn in files:
            ext = os.path.splitext(fn)[1] or '<none>'
            sizes[ext] = sizes.get(ext, 0) + os.path.getsize(os.path.join(dirpath, fn))
    print(sorted(sizes.items()))
    os.rename(os.path.join(root, 'README.md'), os.path.join(root, 'README.txt'))
    print(sorted(os.listdir(root)))
    with os.scandir(os.path.join(root, 'data', 'raw')) as it:
        print(sorted((e.name, e.is_file(), e.is_dir()) for e in it))
    try:
        os.makedirs(os.path.join(root, 'src'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror)
    try:
        os.rmdir(os.path.join(root, 'src'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.remove(os.path.join(root, 'data', 'raw', 'a.csv'))
    print(os.path.exists(os.path.join(root, 'data', 'raw', 'a.csv')), os.path.isdir(os.path.join(root, 'data')))
    cwd = os.getcwd(); os.chdir(root); print(os.path.basename(os.getcwd()) == os.path.basename(root), os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y')); os.chdir(cwd)
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name, os.path.sep)
os.environ['MY_TEST_VAR'] = 'value1'; print(os.environ.get('MY_TEST_VAR'), os.getenv('NOPE_NOT_SET', 'dflt'), 'MY_TEST_VAR' in os.environ)
del os.environ['MY_TEST_VAR']; print(os.getenv('MY_TEST_VAR'))
