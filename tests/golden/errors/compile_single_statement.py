# compile(..., "single") takes one statement: a line of simple statements, or one
# compound statement, then only blank lines and comments. More is an error: after a
# simple statement CPython's "multiple statements" at the end of its line (a trailing
# comment included), after a compound statement "invalid syntax" at the next token.
cases = [
    "1+1\nx=3\n", "a=1; b=2\n", "x = (1,\n2); y = 3\n", "if 1:\n  pass\ny = 1\n",
    "if 1:\n  pass\n\n", "1\n# c\n\n", "1\n  # c\n", "def f():\n  return 1\nf()\n", "1;\n",
    "x=1\n\n\ny=2", "\n\nx=1\ny=2", "x = (1,\n2); y = 3\nz=1\n", "a=1;b=2\nc\n",
    "1 # comment\n2\n", "1   \n2\n", "x = (1,\n2)\nz=1\n",
    "while x:\n  pass\nelse:\n  pass\n  \n123 + 4\n", "@d\ndef f(): pass\n(x)\n",
    "if 1: pass\n'abc'\n", "if 1: pass\n+1\n", "for i in []: pass\nelse: pass\nx\n",
    "class C: pass\n\n\nC\n", "try:\n  pass\nfinally:\n  pass\nz\n", "import os\nos\n",
]
for src in cases:
    try:
        code = compile(src, "f", "single")
        print("ok", repr(src), code.co_filename)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
ns = {}
exec(compile("x = 5; y = x * 2\n", "f", "single"), ns)
print(ns["x"], ns["y"])
