# tokenize's API: TokenInfo, errors as 3.11 raises them, detect_encoding, open,
# untokenize in both modes (exact round trips and compat spacing).
import io
import os
import sys
import tempfile
import tokenize
import token


def toks(src):
    return list(tokenize.generate_tokens(io.StringIO(src).readline))


t = tokenize.TokenInfo(token.OP, '**=', (1, 2), (1, 5), 'a **= 2\n')
print(t, t.exact_type, t.type, t[1], t._fields)
print(repr(tokenize.TokenInfo(token.NAME, 'x', (1, 0), (1, 1), '')))
print(tokenize.TokenInfo(token.OP, '$', (1, 0), (1, 1), '').exact_type)
print(isinstance(t, tuple), type(t).__mro__[1].__name__, t._replace(string='+'))
print(sys.getsizeof(t), t == (54, '**=', (1, 2), (1, 5), 'a **= 2\n'))

for bad in ["(\n", "x = [1,\n2", "x = '''abc\n", "x = \\\n", "if a:\n    b\n  c\n",
            "  x\ny\n", "def f():\n\tx\n        y\n  z\n"]:
    try:
        print([tokenize.tok_name[x.type] for x in toks(bad)])
    except tokenize.TokenError as e:
        print('TokenError', e.args, str(e))
    except IndentationError as e:
        print('IndentationError', e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
        print(str(e))
print(issubclass(tokenize.TokenError, Exception), tokenize.TokenError.__mro__[1])

# generate_tokens with a readline that raises StopIteration
lines = iter(["a = (1,\n", "2)\n"])
print([x.string for x in tokenize.generate_tokens(lambda: next(lines))])

# detect_encoding
cases = [b'# -*- coding: latin-1 -*-\nx\n', b'#!/usr/bin/python\n# vim: set fileencoding=utf_8 :\n',
         b'\xef\xbb\xbfx = 1\n', b'\xef\xbb\xbf# coding: utf-8\n', b'', b'\n', b'\n\n# coding: latin-1\n',
         b'x = 1\n# coding: latin-1\n', b'# coding=iso-8859-15\n', b'#coding:ISO_8859_1-x\n',
         b'  \t# coding: cp1252\n']
for c in cases:
    try:
        print(tokenize.detect_encoding(io.BytesIO(c).readline))
    except SyntaxError as e:
        print('SyntaxError', e)
for c in [b'# coding: nonesuch\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(c).readline)
    except SyntaxError as e:
        print('SyntaxError', e.args)

# untokenize: full tokens give back the source; pairs give a respaced source
sources = ["def f(a, b):\n    return a+b  # sum\n\nx = f(1,\n      2)\n",
           "if x:\n    if y:\n        z = 'a' 'b'\n    w = 1\nv = 2\n",
           "x = 1 + \\\n    2\n", "a=1;b  =  2", "@d\nclass A: pass\n"]
for src in sources:
    full = tokenize.untokenize(toks(src))
    print(full == src, repr(full))
    print(repr(tokenize.untokenize((t.type, t.string) for t in toks(src))))
b = tokenize.untokenize(tokenize.tokenize(io.BytesIO("s = '\xe9'\n".encode()).readline))
print(type(b).__name__, b)
try:
    tokenize.untokenize([(token.NAME, 'a', (2, 0), (2, 1), ''), (token.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
print(tokenize.untokenize([(token.NAME, 'a', (1, 0), (1, 1), ''), (token.NAME, 'b', (3, 4), (3, 5), '')]))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mod.py')
    with open(path, 'wb') as f:
        f.write(b'# coding: latin-1\nname = "\xe9"\n')
    with tokenize.open(path) as f:
        print(f.encoding, f.mode, repr(f.read()))
    with open(path, 'rb') as f:
        for tok in tokenize.tokenize(f.readline):
            print(tok.type, repr(tok.string), tok.start)
    with open(path, 'wb') as f:
        f.write(b'# coding: bogus\n')
    try:
        with open(path, 'rb') as f:
            tokenize.detect_encoding(f.readline)
    except SyntaxError as e:
        print(e.args[0].replace(d, 'DIR'))
    # the command line (python -m tokenize [-e] file.py)
    with open(path, 'w') as f:
        f.write('def f(x):\n    return x ** 2 + 1  # sq\n')
    for argv in (['tokenize', path], ['tokenize', '-e', path]):
        sys.argv = argv
        tokenize.main()
    with open(path, 'w') as f:
        f.write('if x:\n    a\n  b\n')
    for src in ('if x:\n    a\n  b\n', 'x = (1,\n'):
        with open(path, 'w') as f:
            f.write(src)
        sys.argv = ['tokenize', path]
        old_err, sys.stderr = sys.stderr, io.StringIO()
        try:
            tokenize.main()
        except SystemExit as e:
            print('exit', e.code, sys.stderr.getvalue().replace(d, 'DIR'))
        finally:
            sys.stderr = old_err
print(sorted(set(tokenize.__all__) - set(token.__all__)))
