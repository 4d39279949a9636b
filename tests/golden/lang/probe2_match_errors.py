# Syntax errors of match statements: messages and positions.


def c(src):
    try:
        compile(src, "<m>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)


for case in ["{**a, 'b': 1}", "{**_}", "{'a': 1, **_}", "f'{x}'", "f'{x}' | 1", "1 + 2",
             "-1 - 2.5", "1 + 2j", "-1.5 - 3j", "(a as _)", "[1, (2 as _)]", "{1: a, 1: b}",
             "{'k': a, 'k': b}", "a | b", "[a, a]", "1 | a", "_ | 1", "P(a=1, a=2)",
             "{**a}", "(a as b.c)", "[*a, *b]", "'x' 'y'", "b'x'", "-0", "1.5e3"]:
    c("match x:\n    case " + case + ":\n        pass")
