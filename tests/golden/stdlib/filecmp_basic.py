# filecmp: cmp, cmpfiles and dircmp on a small tree made by the script.
import filecmp
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(tmp)


def write(path, text, mtime=1000000000):
    with open(path, 'w') as f:
        f.write(text)
    os.utime(path, (mtime, mtime))


try:
    for d in ('a', 'b', 'a/sub', 'b/sub', 'a/sub/deep', 'b/sub/deep', 'a/onlydir', 'a/.git',
              'b/__pycache__', 'a/mixed', 'b/conly'):
        os.mkdir(d)
    write('a/same.txt', 'same content\n')
    write('b/same.txt', 'same content\n')
    write('a/diff.txt', 'left version\n')
    write('b/diff.txt', 'right version\n')
    write('a/samesize.txt', 'abcd', 1)
    write('b/samesize.txt', 'abce', 2)
    write('a/samesig.txt', 'abcd')
    write('b/samesig.txt', 'wxyz')
    write('a/left.txt', 'l')
    write('b/right.txt', 'r')
    write('b/mixed', 'a file here')
    write('a/sub/x.txt', 'x')
    write('b/sub/x.txt', 'y')
    write('a/sub/deep/z.txt', 'z')
    write('b/sub/deep/z.txt', 'z')
    write('a/sub/deep/only_a', 'z')

    print(filecmp.cmp('a/same.txt', 'b/same.txt'), filecmp.cmp('a/diff.txt', 'b/diff.txt'))
    print(filecmp.cmp('a/samesize.txt', 'b/samesize.txt'),
          filecmp.cmp('a/samesize.txt', 'b/samesize.txt', shallow=False))
    print(filecmp.cmp('a/samesig.txt', 'b/samesig.txt'),
          filecmp.cmp('a/samesig.txt', 'b/samesig.txt', shallow=False))
    print(filecmp.cmp('a/same.txt', 'b/same.txt', shallow=False), filecmp.cmp('a', 'b'),
          filecmp.cmp('a/same.txt', 'a/same.txt', False))
    filecmp.clear_cache()
    try:
        filecmp.cmp('a/missing', 'b/same.txt')
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    print(filecmp.cmpfiles('a', 'b', ['same.txt', 'diff.txt', 'missing', 'samesig.txt', 'sub']))
    print(filecmp.cmpfiles('a', 'b', ['samesig.txt', 'samesize.txt'], shallow=False))

    dc = filecmp.dircmp('a', 'b')
    print(dc.left, dc.right, dc.hide, dc.ignore == filecmp.DEFAULT_IGNORES)
    print(dc.left_list, dc.right_list)
    print(dc.common, dc.left_only, dc.right_only)
    print(dc.common_dirs, dc.common_files, dc.common_funny)
    print(dc.same_files, dc.diff_files, dc.funny_files)
    print(sorted(dc.subdirs), type(dc.subdirs['sub']).__name__, dc.subdirs['sub'].left)
    dc.report()
    print('--')
    dc.report_partial_closure()
    print('--')
    dc.report_full_closure()
    print('--')
    filecmp.dircmp('a', 'b', ignore=['sub'], hide=['left.txt']).report()
    try:
        dc.nothing
    except AttributeError as e:
        print('AttributeError', e)


    class MyCmp(filecmp.dircmp):
        pass


    print(type(MyCmp('a', 'b').subdirs['sub']).__name__, filecmp.dircmp[str], filecmp.BUFSIZE)
    print(filecmp.__all__, filecmp.DEFAULT_IGNORES)
finally:
    os.chdir(old)
    shutil.rmtree(tmp)
