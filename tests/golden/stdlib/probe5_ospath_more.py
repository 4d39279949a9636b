import os.path as p, posixpath, os
paths = ['', '/', '//', '///', 'a', 'a/', '/a/b/', 'a//b', './a', '../a/../b', '/..', 'a/./b/.', '~', '~/x', '.hidden', 'file.tar.gz', 'noext.', '..', '.']
for x in paths:
    print(repr(x), p.normpath(x), p.basename(x), p.dirname(x), p.split(x), p.splitext(x), p.isabs(x))
print(p.join(''), p.join('', ''), p.join('a', ''), p.join('/a', '/b', 'c'), p.join('a', 'b/', 'c'), p.join(b'a', b'b'))
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
print(p.relpath('a/b', 'a'), p.relpath('/', '/a/b'), p.relpath('a', 'a'), p.relpath('/x/y', '/x/y/z/w'))
try:
    p.relpath('')
except ValueError as e:
    print('ValueError', e)
print(p.commonpath(['/a/b/c', '/a/b/d', '/a/bc']), p.commonpath(['a/b', 'a/c']), p.commonprefix(['abc', 'abd', 'ab']), p.commonprefix([]))
try:
    p.commonpath([])
except ValueError as e:
    print('ValueError', e)
print(posixpath.sep, p is posixpath, p.splitdrive('c:/x'), p.normcase('/A/B'), p.expandvars('$HOME_NOT_SET_X/a ${ALSO_NOT}/b $'), p.ismount('/'), p.lexists('/'), p.realpath('/usr/../') )
os.environ['PROBE_V'] = 'val'
print(p.expandvars('$PROBE_V/${PROBE_V}x/$PROBE_Vy/%PROBE_V%'), p.expanduser('~') == os.environ.get('HOME'))
print(p.exists(''), p.isdir(''), p.isfile('/nonexistent'), p.islink('/nonexistent'), p.getsize('/dev/null'))
try:
    p.getsize('/nonexistent/file')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    p.getmtime('/nonexistent/q')
except OSError as e:
    print(type(e).__name__, e.errno)
print(p.samefile('/', '/'), p.abspath('/a/../b'), p.abspath('/a/./b/'), os.fspath(b'x'), p.splitext(b'a.b'), p.basename(b'/x/y'))
