# tokenize on files: tokenize.open() with cookies and BOMs, tokenize() over binary
# files (CRLF line ends, latin-1, a BOM), exact round trips through untokenize as
# bytes, detect_encoding messages naming the file, and the command line on files.
import io
import os
import sys
import tempfile
import tokenize
from token import tok_name

FILES = {
    'plain.py': b'def f(a, b=2):\n    return a ** b\n',
    'latin.py': b'# -*- coding: latin-1 -*-\ns = "caf\xe9"  # \xe9\n',
    'bom.py': b'\xef\xbb\xbfname = "\xe2\x82\xac"\nprint(name)\n',
    'crlf.py': b'if x:\r\n    y = (1,\r\n         2)\r\n\r\n# end\r\n',
    'second.py': b'#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nq = "\x80"\n',
    'noeol.py': b'x = [1,\n     2]',
    'tabs.py': b'class A:\n\tdef m(self):\n\t\treturn 1\n\n\tx = 2\n',
}

with tempfile.TemporaryDirectory() as d:
    for name, data in FILES.items():
        with open(os.path.join(d, name), 'wb') as f:
            f.write(data)
    for name in FILES:
        path = os.path.join(d, name)
        print('==', name)
        with tokenize.open(path) as f:
            text = f.read()
            print(f.encoding, f.mode, repr(text[:30]))
        with open(path, 'rb') as f:
            toks = list(tokenize.tokenize(f.readline))
        for t in toks:
            print('  %-10s %-14r %s-%s' % (tok_name[t.exact_type], t.string, t.start, t.end))
        back = tokenize.untokenize(toks)
        print(type(back).__name__, back == FILES[name], back == FILES[name].lstrip(b'\xef\xbb\xbf'))
        with open(path, 'rb') as f:
            print(tokenize.detect_encoding(f.readline))

    for data in (b'# coding: nope\n', b'\xef\xbb\xbf# coding: latin-1\n', b'# \xff\n'):
        path = os.path.join(d, 'bad.py')
        with open(path, 'wb') as f:
            f.write(data)
        for opener in (lambda: tokenize.open(path), lambda: tokenize.detect_encoding(open(path, 'rb').readline)):
            try:
                opener()
            except SyntaxError as e:
                print('SyntaxError', str(e).replace(d, 'DIR'))
    try:
        tokenize.open(os.path.join(d, 'missing.py'))
    except OSError as e:
        print(type(e).__name__, e.errno)

    for argv in (['-e', 'latin.py'], ['crlf.py'], ['noeol.py'], ['missing.py'], ['bad.py']):
        sys.argv = ['tokenize'] + [a if a.startswith('-') else os.path.join(d, a) for a in argv]
        old = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
        code = 0
        try:
            tokenize.main()
        except SystemExit as e:
            code = e.code
        finally:
            out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
            sys.stdout, sys.stderr = old
        print(argv, code, repr(err.replace(d, 'DIR')))
        print(out, end='')
