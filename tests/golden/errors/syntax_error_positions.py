# SyntaxError and its subclasses: the positions compile() reports (end_lineno and
# end_offset included; -1 where CPython leaves the range open).
sources = [
    'x = 1\nif x:\nprint(1)\n',
    'for i in range(3):\npass\n',
    'def f():\n  return 1\n    x = 2\n',
    'if x:\n  a\n b\n',
    'print 1\n',
    'x = (1 2)\n',
    'f(a for a in b, c)\n',
    'del not x\n',
    'x = (1,\n 2\ny = 3\n',
    'class A:\n\nx=1\n',
    '1 = x\n',
    'def f(a, a): pass\n',
    'return 5\n',
    'x +\n',
    "s = 'abc\n",
    'x = """abc\n\n',
    'x = 1 $ 2\n',
    'if x:\n\ta\n        b\n',
    'x = 0777\n',
    'x = 1_\n',
    'x = )\n',
    'f(**a, *b)\n',
    'x = [\n',
]
for src in sources:
    try:
        compile(src, 'case', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
