# compile()'s SyntaxError details: "'(' was never closed" against "Perhaps you forgot a
# comma?" (the look-ahead past the expression reaching the end of input, or a later line),
# `single` input without a final newline (the ENDMARKER-made NEWLINE has no column),
# `def NAME` without '(', and compile()'s flags (unknown ones refused, a __future__
# feature's compiler_flag honoured, int arguments).
import __future__


def show(src, mode, **kw):
    try:
        compile(src, '<s>', mode, **kw)
        print(mode, repr(src), 'OK')
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.args)


BRACKETS = [
    'x = ', 'x = \n', '(1 2', '[1 2', '{1 2', '(1 2\n', '([1 2]', '[(1 2', 'f(1 2', '(1 2)',
    '[1 2]', '{1 2}', '(1,\n2\n3', '(1\n2', 'x = (1 2\ny = 3\n', 'x = [1,\n 2 3,\n 4]\n',
    'x = (\n1 2\n', '(', '(\n', '[a b', '{a: b c', 'f(a b', 'f(a, b c', '(a b c',
    'print("a" "b" c', '(1 2 3)', '(x y)', '(x 2', '("a" 1', 'x = {1: 2 3', '(lambda: 1 2',
    '((1 2)', '(1 if 2 3', '(1 2 +', 'f(a,\n  b c\n', 'f(a,\n  b c)\n', '[x for x in y z',
]
for m in ('exec', 'eval', 'single'):
    for s in BRACKETS:
        show(s, m)

SINGLE = [
    'x = ', 'x +', 'if x', 'x = 1 +', 'f(', 'x.', 'a b', 'x = 1;', 'x = 1; y =', 'def f',
    'import', 'lambda', 'x = \n\n', 'if x:\n  y =', 'if x:\n  y', 'x =  ', '\xe9 = ', '@',
    'x[1', 'del', 'not', 'class A', 'class A(B)', 'while x', 'for x in y', 'with x', 'try',
    'def f()', 'def f(x)', 'lambda x', 'x = {1:', 'if x:\n  pass\nelse',
    'if x:\n  pass\nelif y', 'for x', 'for x in', 'import a as', 'from x', 'from x import',
    'x: ', 'async def f', 'class', 'def', 'x = 1 if 2', 'assert', 'global', 'x = *',
    'x += ', 'with x as', 'try:\n  pass', 'if x:', 'if x:\n', 'x = 1\n', 'if \xe9', 'x = (',
    'try:\n  pass\nexcept', 'try:\n  pass\nfinally', 'async with x', 'class C:\n  def g',
]
for s in SINGLE:
    show(s, 'single')

DEFS = ['def f x', 'def f:', 'def f\n', 'def f = 1\n', 'async def f\n', 'def f[x]():\n pass\n',
        'class C:\n    def g\n', 'def f', 'def (x)\n', 'def f. g():\n pass\n', 'def f(): pass\n']
for s in DEFS:
    show(s, 'exec')
    show(s, 'single')

# the printed form
import traceback
for src, mode in [('(1 2', 'exec'), ('x = ', 'single'), ('if x', 'single'), ('def f', 'exec')]:
    try:
        compile(src, '<s>', mode)
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')

# flags
for f in [0x1, 0x100, 0x20000000, -1, 2**40, 2**31, -2**31 - 1, True]:
    try:
        compile('1', '<s>', 'exec', f)
        print(hex(f), 'ok')
    except Exception as e:
        print(hex(f), type(e).__name__, e)
for bad in [dict(flags='x'), dict(dont_inherit='x'), dict(optimize='x'), dict(optimize=5),
            dict(optimize=2**40), dict(dont_inherit=1.5)]:
    try:
        compile('1', '<s>', 'exec', **bad)
        print(bad, 'ok')
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    compile('1', '<s>', 'bad')
except ValueError as e:
    print('ValueError', e)

# annotations as strings: the future import, or the compiler flag
ann = __future__.annotations.compiler_flag
for src, kw in [
    ('from __future__ import annotations\nx: int = 1\ndef f(a: int) -> str: pass\n', {}),
    ('x: List[int] = 1\ndef f(a: Foo, *b: Bar, **c: "Baz") -> Qux: pass\n', {'flags': ann}),
    ('x: List[int] = 1\ndef f(a: Foo) -> Bar: pass\n', {'flags': ann, 'dont_inherit': True}),
    ('class C:\n    y: Dict[str, int]\n    def m(self, a: T = 1) -> U: pass\nf = C.m\nx = 0\n',
     {'flags': ann}),
    ('x: a + b * c = 0\ndef f(a: lambda: 1, b: i[j:k]) -> x.y[z]: pass\n',
     {'flags': ann | __future__.division.compiler_flag}),
]:
    ns = {}
    exec(compile(src, '<s>', 'exec', **kw), ns)
    print(ns['f'].__annotations__, ns.get('__annotations__'))
ns = {}
try:
    exec(compile('def f(a: Foo): pass\n', '<s>', 'exec'), ns)
except NameError as e:
    print('NameError', e)
try:
    exec(compile('def f(a: Foo): pass\n', '<s>', 'single', ann), ns)
    print(ns['f'].__annotations__)
except NameError as e:
    print('NameError', e)
