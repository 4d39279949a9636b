# tokenize over embedded sources: every token class, NL vs NEWLINE, comments, indentation
# with tabs and form feeds, DEDENT positions, continuation lines, f-strings (one STRING
# token in 3.11), numbers, operators' exact types, CRLF, a missing final newline.
import io
import tokenize
from token import tok_name

SOURCES = [
    "x = 1\n",
    "def f(a, *, b=2) -> int:\n    '''doc'''\n    return a ** b  # power\n\n\nprint(f(3))\n",
    "if x:\n\tif y:\n\t\tpass\n\telse:\n        z = [1,\n  2]\n# done\n",
    "s = f'{a!r:>{width}}' + rb'\\x00' + Rb\"q\" + u'u' + F'''\nmulti {x}\nline'''\n",
    "a = 0x_1f + 0b1 + 0o7 + 1_000.5e-3j + .5 + 5. + 1e10 + 0777 + 00 + 1if x else 2\n",
    "x = (1 +\n     2)  # c\ny = 3 \\\n  + 4\n",
    "@dec\nclass C(Base, metaclass=M):\n    x: int = 3\n    async def m(self): await g(); y := 1\n",
    "a //= b; a **= c; a >>= 1; a <<= 2; a @= m; a -> b; a != b; a ... b; a ~ c\n",
    "no_newline_at_end = 1",
    "# only a comment",
    "x = 1\n   ",
    "if a:\n    b\n  \n\n    c\n# trailing\n",
    "line1\r\nline2 = '\\r'\r\n\r\n",
    "x = '''a\nb''' + \"\"\"c\\\n\"\"\"\n",
    "s = 'cont\\\ninued'\n",
    "\x0cx = 1\n\x0c  y\n",
    "x = $ + ?\n",
    "x = 'unterminated\ny = 1\n",
    "caf\xe9 = '\u20ac'\n\u00b2 = 1\n",
    "x = !\n",
    "",
    "\n\n",
    "lambda: (yield)\n",
    ")\nx\n",
]

for src in SOURCES:
    print('=' * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r%s" % (where, tok_name[tok.type], tok.string,
                                         tok_name[tok.exact_type]))
    except (tokenize.TokenError, IndentationError) as e:
        print('error:', type(e).__name__, e.args)

# bytes input: the ENCODING token first, the whole TokenInfo reprs
src = b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n"
for tok in tokenize.tokenize(io.BytesIO(src).readline):
    print(tok)
for tok in tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfx = "\xc3\xa9"').readline):
    print(tok)
