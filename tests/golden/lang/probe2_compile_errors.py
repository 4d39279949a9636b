# SyntaxErrors the compiler (not the parser) raises carry the source line when their
# file exists (PyErr_ProgramTextObject), and a batch of the parser's specific messages.
import os
import tempfile


def compile_file(path):
    with open(path) as f:
        src = f.read()
    try:
        compile(src, path, "exec")
        return "compiled"
    except SyntaxError as e:
        return (e.msg, e.lineno, e.offset, e.end_offset, e.text)


sources = {
    "nonlocal_module": "x = 1\nnonlocal x\n",
    "global_after": "def f():\n    x = 1\n    global x\n",
    "async_comp": "def f():\n    return [x async for x in y]\n",
    "dup_key": "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "yield_comp": "def f():\n    return [(yield 1) for x in y]\n",
    "dup_arg": "def f(a, a):\n    pass\n",
    "break_out": "pass\nbreak\n",
    "return_out": "return 5\n",
    "await_out": "await x\n",
    "star_import": "def f():\n    from os import *\n",
    "debug_assign": "__debug__ = 1\n",
    "no_newline": "x = 1\nfor i in y:\n    def f():\n        continue",
    "except_star_continue": "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "crlf": "x = 1\r\nreturn 2\r\n",
}

with tempfile.TemporaryDirectory() as d:
    for name, src in sources.items():
        path = os.path.join(d, name + ".py")
        with open(path, "w") as f:
            f.write(src)
        print(name, compile_file(path))
        # Without a file of that name there is no text.
        try:
            compile(src, "<nofile>", "exec")
        except SyntaxError as e:
            print("  <nofile>", e.msg, e.text)


def c(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.offset, e.end_offset)


# __debug__ may not be bound.
for src in ["__debug__ = 1", "x.__debug__ = 1", "f(__debug__=1)", "def f(__debug__): pass",
            "def f(*, __debug__=1): pass", "def f(**__debug__): pass", "lambda __debug__: 1",
            "def __debug__(): pass", "class __debug__: pass", "import __debug__",
            "from m import x as __debug__", "for __debug__ in x: pass", "del __debug__",
            "__debug__ += 1", "__debug__: int = 1", "(__debug__ := 1)",
            "with a as __debug__: pass", "del x.__debug__", "x = __debug__"]:
    c(src)

# Assignment expressions with a target that is not a name.
for src in ["(a.b := 1)", "(a[0] := 1)", "((a, b) := 1)", "lambda: x := 1", "(True := 1)",
            "(f() := 1)", "(1 := 1)", "([a] := 1)", "(a + b := 1)", "(None := 1)",
            "if x.y := 1: pass", "(-a := 1)", "(a if b else c := 1)", "({} := 1)",
            "(a.b.c := 2)", "(a < b := 1)", "(not a := 1)", "({a} := 1)",
            "([x for x in y] := 1)", "[a, b.c := 1]", "(a := 1)", "(yield := 1)"]:
    c(src)

# Starred expressions in parentheses and in comprehensions; yield as a target.
for src in ["(*x)", "print((*x))", "x = (*a)", "(*x, y)", "del (*x)", "f(*x)",
            "[*x for x in y]", "{**x for x in y}", "(*x for x in y)", "{*x for x in y}",
            "[x, y for x in y]", "{x, y for x in y}", "[x, *y for x in y]",
            "f(*x for x in y)", "[a, b, c for x in y]", "{**x.y for x in y}",
            "def f():\n    yield = 3", "def f():\n    x = yield = 3", "def f():\n    x = (yield) = 3"]:
    c(src)

# f-string messages.
for src in ['f"{x:{y:{z}}}"', 'f"{x:{y:abc}}"', "f'{#}'", "f'{a#}'", "f'{*x}'",
            "f'{*x, y}'", "f'{x!z}'", 'f"{x!r:{y!s:{z}}}"']:
    c(src)

# A bracket left open to the end of input wins over these messages when the parser read
# past the bracket's line.
for src in ["[1, 2 for x in y\n", "[1, 2 for x in y]\nz = (\n", "x = (a.b := 1\n",
            "(a.b := 1)\nz = [\n", "f((*x)\n", "[*x for x in y\n", "x = [a, b for a in c\n  ]\n",
            "numbers = [1, 2, 3\nfor n in numbers:\n    print(n)\n", "{**x for x in y\n",
            "y = [(a.b := 1)\n"]:
    c(src)
