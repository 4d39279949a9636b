# CPython's targeted SyntaxError messages and positions for common mistakes.
cases = [
    "(x := 1) = 2",
    "((x := 1)) = 2 + 3",
    "def f() -> :\n    pass",
    "def f() ->\n    pass",
    "def f() -> 1 +:\n    pass",
    "async def f() -> int int:\n pass",
    "def f() pass",
    "def f(a, b) return",
    "try pass",
    "try:\n pass\nfinally pass",
    "if x:\n pass\nelse pass",
    "for x in y:\n pass\nelse pass",
    "while x:\n pass\nelse pass",
    "try: pass\nexcept X, Y: pass",
    "try: pass\nexcept X, Y as e: pass",
    "try: pass\nexcept* X, Y: pass",
    "try: pass\nexcept (X, Y) as e, f: pass",
    "f(True=1)",
    "f(x, None=1)",
    "f(a.b=1)",
    "f(a[0]=1)",
    "f(a()=1)",
    "f(x+1=2)",
    "class A(B, False=1): pass",
    "from a import (b c)",
    "from a import (b, c d)",
    "x = [1, 2 3]",
    "1e+",
    "1e-x",
    "1.2e+z",
    "x = 1e5 + 2e-",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
