# linecache on real files: this script itself, then files written to a scratch folder
# (CRLF and CR newlines, a missing final newline, a coding cookie, a BOM, bad UTF-8).
import linecache
import os

here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 2)))
print(repr(linecache.getline(here, 0)), repr(linecache.getline(here, -1)),
      repr(linecache.getline(here, 10 ** 6)))
lines = linecache.getlines(here)
print(len(lines) > 20, lines[0] == linecache.getline(here, 1), all(l.endswith('\n') for l in lines))
print(linecache.getlines(here) is lines)

folder = '/tmp/refpy_golden_linecache_%d' % os.getpid()
os.mkdir(folder)
files = {
    'plain.txt': b'line one\nline two\n',
    'newlines.txt': b'crlf\r\ncr only\rlf\nno final newline',
    'latin.py': b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n',
    'cookie2.py': b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = "\xe9"\n',
    'bom.txt': b'\xef\xbb\xbfwith bom\nsecond\n',
    'badutf8.txt': b'bad \xff byte\n',
    'empty.txt': b'',
    'blank.txt': b'\n\n\n',
    'formfeed.txt': b'a\x0cb\x0bc\x1cd\n',
    'unicode.txt': 'h\u00e9llo \u2028 w\u00f6rld\n'.encode('utf-8'),
}
try:
    for name, data in files.items():
        with open(os.path.join(folder, name), 'wb') as f:
            f.write(data)
    for name in files:
        path = os.path.join(folder, name)
        print(name, linecache.getlines(path))
        print(name, repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)))

    path = os.path.join(folder, 'plain.txt')
    size, mtime, lines, fullname = linecache.cache[path]
    print(size, lines, fullname == path, mtime == os.stat(path).st_mtime)

    # The cache is not re-read on its own: a changed file needs checkcache.
    with open(path, 'wb') as f:
        f.write(b'changed and longer\n')
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print(path in linecache.cache)
    print(repr(linecache.getline(path, 1)))
    # checkcache() without a name drops the entries of deleted files.
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, repr(linecache.getline(path, 1)))
    # updatecache reads again whatever the cache held.
    bom = os.path.join(folder, 'bom.txt')
    linecache.cache[bom] = (1, 0.0, ['stale\n'], bom)
    print(repr(linecache.getline(bom, 1)))
    print(linecache.updatecache(bom))
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)

print(repr(linecache.getline(os.path.join(folder, 'plain.txt'), 1)))
print(linecache.getlines('/nonexistent/file.py'))
