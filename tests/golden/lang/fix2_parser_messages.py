# Parser messages: dict displays (invalid_double_starred_kvpairs / invalid_kvpair) and the
# text, offsets of the tokenizer's own errors (no newline in `text`).
DICTS = [
    "{1: 2, 3}", "{1: 2, 3, 4: 5}", "{1: 2, 3 4}", "{1:}", "{1: 2, 3: }", "{'a': 1, 'b'}",
    "x = {1: 2, **d, 3}", "{1, 2: 3}", "{1: 2 3: 4}", "{a: 1, b}", "{**d, a}", "{1: 2, *a}",
    "{1: *a}", "{1: 2, 3: *a, 4: 5}", "{**d, 1:}", "{1: 2, 3 + 4, 5}", "{1: 2,\n 3\n}",
    "f({1: 2, 3})", "{1: lambda: 2, 3}", "{1: 2, (3, 4)}", "{1: 2, 3, *x}", "{1: 2, **d, *x}",
    "{1: 2, x := 3}", "{1: 2, 3 if a else 4}", "{1: 2, not a}", "{1: 2, lambda: 3}",
    'd = {\n  "a": 1,\n  "b"\n}\n', "{1: 2, 3}[0]", "[{1: 2, 3}]", "{1: 2, *a: 3}",
    "{1:2, 3: 4 5}", "{1 : 2, 3 :}", "{1: 2, 3 : ,}", "{1: 2, 3: 4}", "{**a, **b, 1: 2}",
    "{1: 2, 3}\n", "x = 1\ny = {1: 2,\n  3,\n  4: 5}\n",
]
STRINGS = [
    "'abc", "'abc\n", "x = 'abc\ny = 1\n", '"abc', 'b"abc', "f'abc", 'f"abc {x}', "rb'x",
    "u'x\n", "'''abc", '"""abc\n\n', "x = '''abc\nde\n", 'f"""abc\n{x}\n', "b'''ab",
    "'abc\\\n", "x = ('abc\n)", "print('hé\n", "'\\N{foo\n", "x = 'abc  \n", "x = 'abc\r\ny\r\n",
    "x = 'a' 'b\n", "if x:\n    y = 'abc\n",
]
TOKENS = [
    "x = 1$\n", "x = 0777\n", "x = 1_\n", "x = 1e\n", "x = 0x\n", "x = 5abc\n", "x = )\n",
    "x = (]\n", "x = 1 \\ 2\n", "x = \u00a0 1\n", "x = 0b2\n", "x = 1.2.3\n", "x = 0o8\n",
    "x = '\\x'\n", "x = b'\\xff\u00e9'\n", "x = '\\x' + 1\n", "f('\\x', 2)\n", "x = '\\N{foo}'\n",
    "x = b'a' b'\u00e9'\n", "x = 'a' '\\x'\n", "x = '\\x'", "if x:\n  y\n z\n",
]


def show(src, mode):
    try:
        compile(src, '<s>', mode)
        print(mode, repr(src), 'OK')
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, repr(e.msg), repr(e.text), e.lineno,
              e.offset, e.end_lineno, e.end_offset)


for src in DICTS + STRINGS + TOKENS:
    show(src, 'exec')
for src in DICTS[:6] + STRINGS[:8] + TOKENS[:8]:
    show(src, 'eval')
    show(src, 'single')
# exec() and eval() of the same texts, and the printed form of the error
import traceback
for src in ["{1: 2, 3}", "x = 'abc", "{1:}"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
