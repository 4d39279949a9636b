# PEP 563: annotations are the source text, unparsed before constant folding.
from __future__ import annotations
x: 1 + 2
y: "str" + 'b'
z: f"{a!r:>{w}}"
def f(a: lambda q, /, r=1, *s, t, u=2, **v: q + 1, *args: Ts, b: list[int, ...] = 3,
      **kw: dict[str, 'x']) -> -1: pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
class C:
    i: 2 ** -1
    j: -2 ** 2
    k: (-2) ** 2
    e4: -(-1)
    o: {i for i in range(3)}
    o2: [i for i in a if i for j in b]
    o4: {k: v for k, v in x}
    o5: (i for i in x)
    o6: [i async for i in a]
    x2: f'{x=}'
    y2: f"{x:{'>'}10}"
    o3: f"{'nested'}"
    b4: f"{x}\n{{y}}"
    w4: f"{x!r:^10}"
    x4: f"{3.14:.2f}"
    x3: f"{x!s}" f"{y}"
    q3: lambda *a, b=1, **k: 0
    r4: lambda: 0
    r5: lambda a, b=(1, 2): a
    p4: 1e-10
    q4: 1.0e300 * 10
    t4: 1e16
    t5: 1e400
    c5: 2.5j
    c6: 1e20j
    nt: not (a and b)
    st: a[1:2, ::3]
    tp: (a, *b)
print(C.__annotations__)
print(__annotations__)
def check(src):
    try:
        compile("from __future__ import annotations\n" + src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
check("x: (yield)")
check("x: (y := 3)")
check("async def f():\n    x: await y")
check("def f(a: (yield)): pass")
check("def f() -> (yield from z): pass")
check("x: lambda: (yield)")
check("x: [(y := 1) for i in a]")
