# os.path (posixpath): the string functions, str and bytes, and their errors.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep),
      os.name, os.devnull, os.altsep)
for p in ['', '/', '//', '///', 'a', 'a/', '/a/b/', 'a//b', '//a/./b/../c//', '///x/..', '../..//x',
          './a/../../b', '/..', 'a/b/../../..', '.', '..']:
    print(repr(p), repr(os.path.normpath(p)), os.path.split(p), os.path.basename(p),
          repr(os.path.dirname(p)), os.path.isabs(p))
for p in ['a.txt', '.bashrc', 'a/b.tar.gz', 'a.b/c', '..', 'x.', '/a/.b.c', '...x']:
    print(repr(p), os.path.splitext(p))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'),
      os.path.join('', 'x'), os.path.join('a', ''), os.path.join('/'))
print(os.path.join(b'a', b'b'), os.path.split(b'/x/y'), os.path.splitext(b'f.py'),
      os.path.normpath(b'a//./b'), os.path.basename(b'/q/r'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/a/b/c', '/a/b/d', '/a/b']), os.path.commonpath(['a/x', 'a/y']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'))
print(os.path.expanduser('~root/x'), os.path.expanduser('x/~'), os.path.expanduser('~nosuchuser_zz/q'))
os.environ['REFPY_T_HOME'] = '/home/t'
print(os.path.expandvars('$REFPY_T_HOME/a ${REFPY_T_HOME}b $NOPE_NOT_SET ${x $'))
del os.environ['REFPY_T_HOME']
print(os.path.abspath('/a/./b/..'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.realpath('/tmp/../tmp/./nonexistent_refpy'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(P('a/b')), os.path.join(P('a'), P('b')), os.path.basename(P('/x/y.z')),
      isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike))
cases = ["os.path.join('a', 1)", "os.path.join(1)", "os.path.join('a', b'b')",
         "os.path.basename(1)", "os.path.splitext(None)", "os.path.abspath(None)",
         "os.path.normpath(None)", "os.path.dirname(None)", "os.path.split(3)",
         "os.fspath(1)", "os.fspath(None)", "os.fspath(P(1))", "os.path.commonpath([])",
         "os.path.commonpath(['/a', 'b'])", "os.path.relpath('')", "os.path.exists(1.5)",
         "os.path.isdir(None)", "os.path.exists('a\\0b')"]
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)
