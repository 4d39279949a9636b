# tokenize edge cases: number shapes, string prefixes, unterminated strings (the
# continuation rule that stays strict after an unterminated string), odd characters,
# lazy generation up to an error, detect_encoding's cookie rules, untokenize mixing
# both modes and its errors, the command line on stdin, TokenInfo memory.
import gc
import io
import sys
import tokenize
from token import tok_name


def run(src, as_bytes=False):
    try:
        if as_bytes:
            gen = tokenize.tokenize(io.BytesIO(src.encode('utf-8')).readline)
        else:
            gen = tokenize.generate_tokens(io.StringIO(src).readline)
        for t in gen:
            print('  %-9s %-14r %s %s %r' % (tok_name[t.type], t.string, t.start, t.end, t.line))
    except (tokenize.TokenError, IndentationError) as e:
        print('  !', type(e).__name__, e.args)


CASES = [
    "0x 0xg 0x_f 0o8 0b12 0B1_0 0O17 00_0 0_ 1__2 1_2_3\n",
    "1e 1e+ 1E+5 1.e5 .e5 1.5J 0e0j 09 09j 09.5 0.j 1_0.0_1e1_0\n",
    "rb'a' Rb\"b\" bu'c' ur'd' F'e' fR'g' BR'h' xb'i' _'j'\n",
    "'''''' \"\"\"\"\"\" ''''x''' ''\n",
    "'a\\\nb\\\nc' + 'd\n",
    "'a\\\nno backslash\n'''tri\nple'''\nz = 1\n",
    "'a\\\nnope\nx = '''\nmore\n'''\n",
    "'a\\\r\nb'\r\n",
    "x = \u00a0 \u00aa\u00b2 \u0663 e\u0301 \ufeff `\n",
    "a \\ b\n",
    "if a:\n  b\n\f c\n",
    "if a:\n\tb\n        c\n",
    "(\n  )\n)\n]\n",
    "x = [\n  # inside\n\n  1]\n",
    "\\\n\\\n x\n",
    "x\\\n",
    "  \n\t\n\f\n",
    "#!shebang\r# c\n",
]
for src in CASES:
    print(repr(src))
    run(src)
run("# coding: latin-1\nx = '\xe9'\n", as_bytes=True)

# tokens come one line at a time: those before an error are delivered
gen = tokenize.generate_tokens(io.StringIO("a = 1\nif b:\n    c\n  d\n").readline)
got = []
try:
    for t in gen:
        got.append(t.string)
except IndentationError as e:
    print(got, e.lineno, e.offset)

# readline signalling the end with StopIteration, and a bytes readline that does
lines = iter([b'x = (\n', b'1)\n'])
print([t.string for t in tokenize.tokenize(lambda: next(lines))])
lines = iter(['if x:\n', '  y'])
print([(tok_name[t.type], t.string) for t in tokenize.generate_tokens(lambda: next(lines))])


def detect(data):
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        return 'SyntaxError: %s' % e


for data in [b'\xef\xbb\xbf# coding: utf8\n', b'\xef\xbb\xbf# coding: UTF_8_x\n',
             b'# coding: latin_1_foo\n', b'# coding: iso-latin-1-x\n', b'# coding=  \t  ascii\n',
             b'# coding: !x coding: cp1252\n', b'#!x\n#\n# coding: cp1252\n',
             b'x\n# coding: cp1252\n', b'\xef\xbb\xbf', b'\xef\xbb\xbf\n# coding: latin-1\n',
             b'# \xe9\n', b'\n\xe9\n', b'# coding: utf-8-variant\n', b'# vim: fileencoding=UTF-8\n',
             b'# coding: latin-1\r# coding: ascii\n', b'  \x0c# coding: ascii\n',
             b'\x0b# coding: ascii\n', b'x = 1 # coding: ascii\n', b'#coding:\n#coding:ascii\n',
             b'# coding: EUC-JP-bogus\n', b'# coding: mac-roman\n']:
    print(repr(data), detect(data))

# untokenize: positions, then a bare pair switches to the spacing rules
print(repr(tokenize.untokenize([(1, 'a', (1, 0), (1, 1), ''), (1, 'b')])))
print(repr(tokenize.untokenize([(63, 'latin-1'), (1, 'a'), (3, "'x'"), (3, "'y'"), (2, '1'), (0, '')])))
print(repr(tokenize.untokenize([(5, '  '), (1, 'a'), (4, '\n'), (1, 'b'), (5, '\t'), (1, 'q'),
                                (4, '\n'), (6, ''), (6, ''), (1, 'c'), (54, '('), (3, "'s'"),
                                (54, ')')])))
print(repr(tokenize.untokenize([(3, "'a'"), (63, 'ascii'), (3, "'b'"), (5, ' '), (3, "'c'")])))
full = [(1, 'a', (1, 0), (1, 1), ''), (4, '\n', (1, 1), (1, 2), ''), (5, '    ', (2, 0), (2, 4), ''),
        (1, 'b', (2, 5), (2, 6), ''), (4, '\n', (2, 6), (2, 7), ''), (1, 'b', (3, 1), (3, 2), ''),
        (1, 'c', (3, 6), (3, 7), '')]
print(repr(tokenize.untokenize(full)))
print(repr(tokenize.untokenize(iter(full[:2] + [(0, '', (2, 0), (2, 0), ''), (1, 'zz')]))))
for bad in ([(1,)], [(1, 'a', (1, 0))], [(1, 'a', (1, 0), (1, 1), '', 'x')], [(6, '')],
            [(6, '', (1, 0), (1, 0), '')], [(1, 'a', (1, 4), (1, 5), ''), (1, 'b', (1, 2), (1, 3), '')]):
    try:
        print(repr(tokenize.untokenize(bad)))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
src = "def f(x):\n    if x:\n        return 'a' 'b'\n    # c\n    return (1,\n  2)\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
again = tokenize.untokenize((t.type, t.string) for t in toks)
print(repr(again))
print([t.string for t in tokenize.generate_tokens(io.StringIO(again).readline)] ==
      [t.string for t in toks])

# the command line reading stdin
for argv, text in ((['tokenize'], 'a = (1\n'), (['tokenize', '-e'], 'x **= 2\n')):
    sys.argv = argv
    old = sys.stdin, sys.stderr
    sys.stdin, sys.stderr = io.StringIO(text), io.StringIO()
    try:
        tokenize.main()
    except SystemExit as e:
        print('exit', e.code, repr(sys.stderr.getvalue()))
    finally:
        sys.stdin, sys.stderr = old

# TokenInfo: a tuple subclass with an instance dict, tracked by the collector
t = tokenize.TokenInfo(tokenize.OP, '(', (1, 0), (1, 1), '(\n')
print(sys.getsizeof(t), gc.is_tracked(t), t.exact_type, t._replace(string='?').exact_type)
print(tokenize.TokenInfo(tokenize.NAME, 'if', (1, 0), (1, 2), '').exact_type)
print(tokenize.TokenInfo._make([1, 'x', (1, 0), (1, 1), '']), t._asdict()['string'])
t.note = 'extra'
print(t.note, sys.getrefcount(t.string) > 1, len(t))
