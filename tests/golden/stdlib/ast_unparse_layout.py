# ast.unparse: precedence and layout of nested constructs; malformed trees.
import ast

SNIPPETS = [
    'a = b = c = 1', 'x: "int" = (yield)', 'x += (y := 2)', 'del a[0], b.c',
    '(a, b), c = d', '[a, (b, c)] = e', 'for x, in y: pass', 'for (x) in y: pass',
    'lambda *a, **k: (a, k)', 'lambda a=1, *, b=2: 0', 'lambda x: (yield x)',
    'f(a)(b)[c].d', '(a + b).c', '(-a).b', '(a if b else c).d', 'a[b][c:d:e]', 'a[::2]',
    'a[:, 1]', 'a[1:2, ::3]', 'a[b, *c]', '-(-a)', 'not not a', '~(a + b)', '+(+a)',
    '(a and b) or (c and d)', 'a and (b or c)', 'not (a == b)', '(not a) == b',
    'a if (b if c else d) else e', 'a ** -b', '(-a) ** b', '-a ** b', 'a ** (b ** c)',
    'a | b ^ c & d << e + f * g ** h', '((a | b) ^ c) & d', 'a @ b @ c', 'a @ (b @ c)',
    'a < b == c is not d not in e', '(a < b) in c', 'await (await a)',
    'async def f():\n    await (yield)\n    [await x async for x in y if await z]',
    '{k: v for k, v in x.items() if k if v}', '(x for x in (y for y in z))',
    '[x for x in (a if b else c)]', '[x for x in (lambda: y)()]', '[(x := 1) for y in z]',
    '{**{}, **a}', '{1, *a, 2}', 'print(*(a or b), **(c or d))', 'f(*a, b, *c, d=1, **e)',
    'f(x for x in y)', 'f(a, (x for x in y))', 'class C(metaclass=M, *bases): pass',
    '@a.b(c)\n@(lambda f: f)\nasync def g(x: int = 1, *y: str, z, **w) -> "R": ...',
    'def f(a, b=2, /, c=3, *d, e, f=4, **g): pass', 'def f(a, /, *, b): pass',
    'while (x := f()):\n    if x:\n        continue\n    else:\n        break',
    'try:\n    pass\nexcept (A, B) as e:\n    raise\nelse:\n    pass\nfinally:\n    del e',
    'try:\n    pass\nfinally:\n    pass', 'with a, b as c, (d, e) as f: pass',
    'with (yield) as x: pass', 'if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1',
    'match p:\n    case {1: _, "k": [*_]}: pass\n    case Point(x=0) | Point(y=0): pass\n    case (1 | 2) as z: pass\n    case [a, b, *rest] if a > b: pass\n    case str() | bytes(): pass\n    case _: pass',
    'import a, b.c as d, e', 'from . import x', 'from .a.b import (c as d, e)',
    'nonlocal_ = 1\ndef f():\n    global g\n    def h():\n        nonlocal x',
    'assert x, "msg"', 'raise', 'return', 'x = "a\\tb\\nc"', "x = '\\\\'", 'x = "\\x7f\\u200b"',
    'x = b"\\n\\"\'"', 'x = 0x10, 0o7, 0b1, 1_000, 1e10, 1.5j, 10 ** 400',
    'x = ...', 'x = (...)', 'x = [...][0]', 'f"{a:{b}.{c}}"', "f'{x!a}' f'{y!s}'",
    'f"{x:%H:%M}"', 'f"""{x}\n"""', 'f"{\'a\' if b else c}"', 'rf"\\d{x}"', 'f"{x}}}{{"',
    'class A:\n    """Doc.\n\n    More."""\n    x: int\n    def m(self):\n        """Doc2"""',
    'def f():\n    u"doc"', '"""\\\\n"""', "'''a'''\n'''b'''",
]
for s in SNIPPETS:
    try:
        text = ast.unparse(ast.parse(s))
        print(text)
        print('---')
        assert ast.unparse(ast.parse(text)) == text, s
    except Exception as e:
        print('ERR', type(e).__name__, e)

def show(node):
    try:
        print(repr(ast.unparse(node)))
    except Exception as e:
        msg = str(e)
        print('ERR', type(e).__name__, msg.split(' at 0x')[0])

N = ast.Name
show(ast.Tuple([N('a'), N('b')], ast.Load()))
show(ast.NamedExpr(N('x'), ast.Constant(1)))
show(ast.Yield(N('x')))
show(ast.Expr(ast.Yield(N('x'))))
show(ast.Return(ast.Yield(None)))
show(ast.Interactive([ast.Pass(), ast.Break()]))
show(ast.Expression(ast.Tuple([], ast.Load())))
show([ast.Pass(), N('q')])
show(ast.Assign([N('x')], ast.Constant(1)))
show(ast.Assign([N('x')], ast.Constant(1), lineno=3, type_comment='int'))
show(ast.For(N('i'), N('r'), [ast.Pass()], [], lineno=1, type_comment='int'))
show(ast.BinOp(ast.BinOp(N('a'), ast.Add(), N('b')), ast.Mult(), ast.UnaryOp(ast.USub(), N('c'))))
show(ast.BoolOp(ast.And(), [N('a'), ast.BoolOp(ast.And(), [N('b'), N('c')]), N('d')]))
show(ast.Compare(N('a'), [ast.Lt(), ast.In()], [ast.Compare(N('b'), [ast.Eq()], [N('c')]), N('d')]))
show(ast.Constant(b'x'))
show(ast.Constant(float('inf')))
show(ast.Constant(complex(1, float('-inf'))))
show(ast.Constant(()))
show(ast.Constant('x', kind='u'))
show(ast.Attribute(ast.Constant(True), 'real'))
show(ast.Attribute(ast.Constant(1.0), 'real'))
show(ast.Subscript(N('a'), ast.Tuple([], ast.Load())))
show(ast.Subscript(N('a'), ast.Tuple([N('b')], ast.Load())))
show(ast.MatchClass(N('C'), [], [], [ast.MatchAs()]))
show(ast.MatchMapping([], [], 'rest'))
show(ast.MatchStar())
show(ast.MatchAs(ast.MatchAs(None, 'y'), 'x'))
show(ast.Lambda(ast.arguments([], [], None, [], [], None, []), N('x')))
show(ast.arguments([], [ast.arg('a'), ast.arg('b')], None, [], [], None, [ast.Constant(1)]))
show(ast.arguments([ast.arg('p')], [], ast.arg('v', N('int')), [ast.arg('k')], [None], ast.arg('kw'), []))
show(ast.ImportFrom(None, [ast.alias('x')], 2))
show(ast.JoinedStr([ast.Constant("'"), ast.Constant('"'), ast.FormattedValue(N('x'), -1, None)]))
show(ast.JoinedStr([ast.FormattedValue(ast.Dict([], []), -1, None)]))
show(ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]))
show(ast.FormattedValue(ast.Constant(b'\\'), -1, None))
show(ast.JoinedStr([ast.Constant('a\tb')]))
show(ast.MatchMapping([ast.Constant(1)], [], None))
