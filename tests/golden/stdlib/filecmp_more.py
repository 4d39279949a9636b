# filecmp: the comparison cache, symlinks, odd kinds, lazy attributes in any order,
# missing directories, subclasses and deep reports.
import filecmp
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)

    def write(path, data, mtime=1_000_000_000):
        with open(path, 'wb') as f:
            f.write(data)
        os.utime(path, (mtime, mtime))

    write('p', b'hello')
    write('q', b'hellp', 5)
    print(filecmp.cmp('p', 'q'), filecmp.cmp('p', 'q', shallow=False))
    # same size and mtime as before: the remembered answer comes back
    write('q', b'hello', 5)
    print(filecmp.cmp('p', 'q', shallow=False))
    filecmp.clear_cache()
    print(filecmp.cmp('p', 'q', shallow=False), filecmp.cmp('p', 'q', False))
    write('big1', b'x' * 20000 + b'a')
    write('big2', b'x' * 20000 + b'b', 7)
    write('big3', b'x' * 20000 + b'a', 9)
    print(filecmp.cmp('big1', 'big2', False), filecmp.cmp('big1', 'big3', False),
          filecmp.cmp('big1', 'big3'))
    os.symlink('p', 'link')
    os.symlink('nowhere', 'broken')
    print(filecmp.cmp('p', 'link'), filecmp.cmp('link', 'p', False))
    for args in [('p', 'broken'), ('nothere', 'p'), ('p', tmp)]:
        try:
            print(filecmp.cmp(*args))
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename))
    print(filecmp.cmpfiles('.', '.', ['p', 'broken', 'link', 'q', 'zz'], shallow=False))
    print(filecmp.cmpfiles(tmp, tmp, ()))

    for d in ['L', 'R', 'L/s', 'R/s', 'L/s/t', 'R/s/t', 'L/s/t/u', 'R/s/t/u', 'L/kind', 'L/CVS',
              'R/CVS', 'L/.hidden']:
        os.mkdir(d)
    write('R/kind', b'file')
    write('L/s/t/u/f', b'1')
    write('R/s/t/u/f', b'2')
    write('L/s/t/g', b'g')
    write('R/s/t/g', b'g')
    write('L/Z', b'z')
    write('R/a', b'a')
    os.symlink('../p', 'L/lnk')
    os.symlink('../nowhere', 'R/lnk')
    d = filecmp.dircmp('L', 'R')
    print(d.same_files, d.diff_files, d.funny_files)
    print(d.common_funny, d.common_dirs, d.common_files, sorted(vars(d)))
    print(d.left_only, d.right_only, d.common)
    d.report_full_closure()
    print('--')
    d.subdirs['s'].report_partial_closure()
    print('--')
    d2 = filecmp.dircmp('L', 'R', ignore=[], hide=[])
    print(d2.left_list, d2.right_list, d2.hide, d2.ignore)
    d3 = filecmp.dircmp('L', 'missing')
    print(d3.left, d3.right)
    try:
        d3.common
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    for name in ['phase9', '_x', '__len__']:
        try:
            getattr(d, name)
        except AttributeError as e:
            print('AttributeError', repr(e))

    class Mine(filecmp.dircmp):
        def report(self):
            print('mine', self.left, self.right, self.diff_files)

    m = Mine('L', 'R')
    m.report_full_closure()
    print(type(m.subdirs['s'].subdirs['t']).__name__, m.subdirs['s'].ignore is filecmp.DEFAULT_IGNORES)
    os.chdir('/')
print(filecmp.dircmp.__class_getitem__(int), filecmp.cmp.__defaults__)
