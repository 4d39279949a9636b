# ast.parse + ast.dump over every statement and expression kind.
import ast

PROGRAMS = [
    '"""Module docstring."""\nimport os, sys as system\nfrom . import x\nfrom ..pkg.mod import (a as b, c)\nfrom mod import *\n',
    'x = 1\na = b = c\na, b = b, a\n[a, *b] = c\nx += 1; y -= 2\nz: int = 3\n(w): int\nobj.attr: str\n',
    'del a, b[0], c.d\nassert x, "msg"\nglobal gg\n',
    'def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    nonlocal q\n    return a\n',
    '@dec\n@dec2(1)\nasync def g(x: int = 5, *, y):\n    await x\n    async for i in y:\n        pass\n    else:\n        break\n    async with a as b, c:\n        continue\n',
    'class C(B, metaclass=M, **kw):\n    "doc"\n    x: int\n    def m(self): ...\n',
    'for i in range(10):\n    if i: continue\n    elif i > 2: break\n    else: pass\nelse:\n    pass\nwhile x:\n    pass\nelse:\n    x = 2\n',
    'with open(f) as (a, b), g() as c.d:\n    pass\nwith (a as b, c as d):\n    pass\n',
    'try:\n    pass\nexcept ValueError as e:\n    raise TypeError("x") from e\nexcept (A, B):\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n',
    'lambda: 0\nlambda x, *y, z=1, **w: x + y\nx if y else z\n',
    '{1: 2, **d, 3: 4}\n{1, 2, *s}\n[x for x in y if x if z for w in x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)\n',
    'async def h():\n    [x async for x in y]\n    yield\n    yield x\n    yield from z\n    return (yield)\n',
    'a < b <= c is not d not in e in f is g\nf(a, *b, c=d, **e)\nf(x for x in y)\n',
    'a.b.c[1:2, ::3, x:y:z]\na[1:2]\na[...]\n-x + +y * ~z ** 2 // 3 % 4 @ m\nnot x and y or z\na << b >> c | d ^ e & f\n',
    '(x := 5)\n[y := f(x), y**2]\n',
    'b"bytes" br\'raw\'\n1.5 + 2j + 0xff + 1_000 + 1e10\nNone, True, False, ...\nu"unicode" "more"\n',
    'print(*args)\nt = 1,\nt = ()\n',
]

for src in PROGRAMS:
    print(ast.dump(ast.parse(src)))
    print()

print(ast.dump(ast.parse('x = f(1, y=[2, 3])'), indent=2))
print(ast.dump(ast.parse('x = f(1, y=[2, 3])'), indent='\t'))
print(ast.dump(ast.parse('if a:\n    b = 1'), indent=0))
print(ast.dump(ast.parse('x = f(1)'), annotate_fields=False))
print(ast.dump(ast.parse('x = 1', mode='exec'), include_attributes=True))
print(ast.dump(ast.parse('x and y', mode='eval'), include_attributes=True, indent=1))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('(int, str) -> List[int]', mode='func_type')))
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.Name('x'), annotate_fields=False))
print(ast.dump(ast.Constant(None, kind=None)))
print(ast.dump(ast.FunctionDef('f', returns=None)))
print(ast.dump(ast.Raise(exc=None, cause=ast.Name('c', ast.Load()))))
for bad in [1, 'x', [ast.Pass()], None]:
    try:
        ast.dump(bad)
    except TypeError as e:
        print(type(e).__name__, e)
