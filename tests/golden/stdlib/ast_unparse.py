# ast.unparse: precedence-based parentheses, string quoting, round trips.
import ast

SNIPPETS = [
    'f"{x!r:>{w}} {y}"', "f'{a[\"k\"]}'", 'f"{x}\\n"', "f'''{x}\n'''", 'f"{ {1: 2}[1] }"', 'f"{x=}"',
    "f'{\"a\"}' 'b\\'c'", '"a\'b"', "'a\"b'", '"\'\\""', '"\\n\\t\\x00é"', 'b"\\x00\'"', 'u"x"',
    '"""doc"""', '(a, b) = c', 'x = a, b', 'for (a, b) in c: pass', 'x = (yield)', 'await x',
    '(await x).y', '-(x ** 2)', '(-x) ** 2', '2 ** -1', 'a if b else (c if d else e)',
    '(a if b else c) if d else e', 'lambda: (yield)', 'x = lambda a, *, b=1: a', 'not (a and b)',
    '(not a) + b', 'a[b:c, d]', 'a[(b, c)]', 'a[()]', 'a[*b]', '1 .real', '1.5.real', '(1).real',
    'x = {**a, "b": 1}', '{*a, *b}', 'set()', '(x := 1)', 'f((x := 1))', 'print(*a, **k)',
    'class A(B, x=1): pass', '@d\ndef f(): pass\n@e\nclass C: pass', 'def f(a, /, b, *, c): pass',
    'def f(a=1, /): pass', 'def f(*, a): pass', 'def f(**k): pass',
    'def f(*a: int, **k: str) -> None: pass', 'global a, b', 'from .. import (a as b)',
    'import a.b as c', 'del (a, b), [c]', 'assert (a, b)', 'raise E from None',
    'try:\n  pass\nexcept* E as e:\n  pass', 'with a as (b, c): pass',
    'match x:\n case [1, *r] | {"a": 1, **kw} if r: pass\n case C(1, a=2) as z: pass\n case -1 | 1+2j | None: pass',
    'x = 1e400, -1e400j', '(a, b)[0]', 'x = ()', 'x = (1,)', 'a < b < c', '(a < b) < c',
    'a < (b < c)', 'a + (b + c)', '(a + b) + c', 'a - (b - c)', 'a ** b ** c', '(a ** b) ** c',
    '~-+a', 'a or b and c', '(a or b) and c', '"doc"\nx', 'def f():\n    """d"""\n    return',
    'if a:\n  pass\nelif b:\n  pass\nelif c:\n  pass\nelse:\n  x', 'while 1:\n  break\nelse:\n  pass',
    'async def f():\n  async with a: pass\n  async for x in y: pass\n  return [i async for i in x]',
    'x: int', '(x): int = 1', 'a.b: int', 'print((yield))', '[(yield)]', 'x = yield a, b',
    '(*a, b) = c', 'f(a for a in b)', 'f((a for a in b), c)', '{"a": lambda: 1}', 'x[lambda: 1]',
    'x = -1', '(-1) ** 2', '-1 ** 2', 'f"{lambda: 1}"', 'f"{a!s:{b}}"', 'f"{{}}{x}"', "f'\\''",
    'x = 1\ny = 2\ndef f():\n    pass\nclass C:\n    def m(self):\n        pass\nz = 3',
]
for s in SNIPPETS:
    try:
        text = ast.unparse(ast.parse(s))
        print(repr(text))
        # The round trip is stable.
        assert ast.unparse(ast.parse(text)) == text, s
    except Exception as e:
        print('ERR', type(e).__name__, e)

print(ast.unparse(ast.Constant(value=(1, 2.5, 'x'))))
print(ast.unparse(ast.Constant(value=(1,))))
print(ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Expression(ast.Name('x'))))
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.unparse(ast.JoinedStr([ast.Constant('a\n'), ast.FormattedValue(ast.Constant('q"\''), -1, None)])))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.FormattedValue(ast.Name('x'), ord('r'), ast.JoinedStr([ast.Constant('>4')]))))
print(ast.unparse(ast.JoinedStr([ast.FormattedValue(ast.Name('x'), ord('x'), None)])))
print(ast.unparse(ast.JoinedStr([ast.Constant('\'"'), ast.FormattedValue(ast.Constant("'''"), -1, None)])))
print(ast.unparse(ast.MatchAs(ast.MatchOr([ast.MatchValue(ast.Constant(1)), ast.MatchValue(ast.Constant(2))]), 'x')))
for bad in [ast.Raise(exc=None, cause=ast.Name('c')), ast.YieldFrom(value=None),
            ast.JoinedStr([ast.Constant(1)]),
            ast.JoinedStr([ast.FormattedValue(ast.Name('x'), ord('x'), None)])]:
    try:
        print(ast.unparse(bad))
    except ValueError as e:
        msg = str(e)
        print('ValueError', msg[:msg.index(' at 0x')] if ' at 0x' in msg else msg)
