# A SyntaxError from the compiler carries (msg, (filename, lineno, offset, text,
# end_lineno, end_offset)) as its args, as CPython's.
for src in ["x = = 1", "def f(:\n  pass", "(1, 2", "  x", "if True:\nx = 1", "a b c",
            "f(**a, *b)", "1 = x", "del f()"]:
    try:
        compile(src, "file.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e))
        print("   ", e.args[0], e.args[1] == (e.filename, e.lineno, e.offset, e.text,
                                              e.end_lineno, e.end_offset), str(e))
for src in ["x = = 1", "1 +"]:
    try:
        exec(src) if "=" in src else eval(src)
    except SyntaxError as e:
        print(repr(e), len(e.args))
import ast
try:
    ast.parse("x ===")
except SyntaxError as e:
    print(repr(e))
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3))
print(repr(e), e.args, e.lineno, str(e))
e = SyntaxError("m")
print(repr(e), e.args, e.lineno, str(e))
