# Compile-time SyntaxWarnings for `is` with a literal (compile.c's check_compare), seen
# through warnings.catch_warnings; an "error" filter makes them SyntaxErrors.
import warnings

SOURCES = [
    "x is 'a'",
    "x is not 1",
    "x is None or x is True or x is ... or None is x",
    "(x is (1, 2), x is (), x is (x, 1), x is -1)",
    "x is 1.5 is x",
    "1 is x is 2",
    "if x is 2:\n    pass",
    "while x is not b'':\n    y = x is 3\n    break",
    "[1 is x for _ in range(1)]",
    "def f():\n    return x is 'q'",
    "lambda: x is not 0",
    "x == 1 or x != 'a'",
]

x = 1
for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(eval("x is 1"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1\ny = x is 'b'", "<err>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset)
