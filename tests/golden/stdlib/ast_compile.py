# compile() of AST objects: transformed trees run, and malformed trees fail like CPython.
import ast

SRC = '''
def add(a, b):
    return a + b
print(add(2, 3), add("x", "y"))
total = 0
for i in range(5):
    total += i * 2
print(total)
'''

class SwapAdd(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.right, ast.Add(), node.left), node)
        return node

class Times10(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 10)
        return node

exec(compile(SwapAdd().visit(ast.parse(SRC)), '<ast>', 'exec'))
exec(compile(ast.fix_missing_locations(Times10().visit(ast.parse(SRC))), '<ast>', 'exec'))
print(eval(compile(ast.parse('1 + 2 * x', mode='eval'), '<e>', 'eval'), {'x': 10}))
print(eval(compile(ast.parse('[i*i for i in range(4)]', mode='eval'), 'x', 'eval')))
code = compile(ast.parse('def f(x):\n    return x + 1\nprint(f(41))\nmatch [1, 2]:\n  case [a, b]: print(a + b)\n'), 's', 'exec')
print(type(code).__name__)
exec(code)
tree = ast.parse('x = 1')
print(ast.parse(tree) is tree, compile(tree, 'f', 'exec', ast.PyCF_ONLY_AST) is tree)
print(type(compile('x + 1', 'f', 'eval', ast.PyCF_ONLY_AST)).__name__)

built = ast.Module(body=[
    ast.Assign(targets=[ast.Name('y', ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('y', ast.Load())], [])),
], type_ignores=[])
exec(compile(ast.fix_missing_locations(built), '<built>', 'exec'))

try:
    exec(compile(ast.parse('1/0'), 'zz', 'exec'))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for src in ['return 1', 'nonlocal x', 'break']:
    tree = ast.parse(src)
    try:
        compile(tree, 'r', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e)

def t(tree, mode='exec'):
    try:
        compile(tree, '<t>', mode)
        print('ok')
    except Exception as e:
        m = str(e)
        if ' at 0x' in m:
            m = m[:m.index(' at 0x')] + ' ...>'
        print(type(e).__name__, m)

L = dict(lineno=1, col_offset=0)
t(ast.Module([ast.Pass()], []))
t(ast.Module([ast.Pass(**L)], []))
t(ast.Module([ast.Expr(ast.Pass(), **L)], []))
t(ast.Module([ast.Expr(ast.Pass(**L), **L)], []))
t(ast.Module([ast.Expr(None, **L)], []))
t(ast.Module([ast.Expr(**L)], []))
t(ast.Module(ast.Pass(), []))
t(ast.Module([ast.Expr(ast.Constant(1, **L), **L)]))
t(ast.Module([ast.Expr(ast.Name('x', ast.Store(), **L), **L)], []))
t(ast.Module([ast.Expr(ast.Name(1, ast.Load(), **L), **L)], []))
t(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []))
t(ast.Module([ast.Assign([ast.Name('x', ast.Load(), **L)], ast.Constant(1, **L), **L)], []))
t(ast.Module([ast.Assign([ast.Constant(1, **L)], ast.Constant(1, **L), **L)], []))
t(ast.Module([ast.Expr(ast.Name('x', 3, **L), **L)], []))
t(ast.Module([], []), 'eval')
t(ast.Expression(ast.Name('x', ast.Load(), **L)), 'exec')
t(ast.Expression(ast.Name('x', ast.Load(), **L)), 'single')
t(ast.Interactive([ast.Expr(ast.Constant(1, **L), **L)]), 'single')
t(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0), **L)], []))
t(ast.Module([ast.Expr(ast.Call(ast.Name('f', ast.Load(), **L), [], None, **L), **L)], []))
t(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L)], []))
t(ast.Module([ast.Delete([ast.Name('x', ast.Load(), **L)], **L)], []))
t(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L), **L)], []))
t(ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Eq()], [], **L), **L)], []))
t(ast.Module([ast.ImportFrom('m', [ast.alias('a', **L)], -1, **L)], []))
t(ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []))
t(ast.Module([ast.Expr(ast.Dict([ast.Constant(1, **L)], [], **L), **L)], []))
t(ast.Module([ast.Expr(ast.Constant(1, **L), **L)], []), 'func_type')
t(ast.Module([ast.Expr(ast.Constant(1, **L), **L)], []), 'bogus')
t(5)
t(ast.Pass())

# Trees the validator or the compiler rejects, and unusual valid ones.
def N(id, ctx=None):
    return ast.Name(id, ctx or ast.Load())

def run(stmts):
    tree = ast.fix_missing_locations(ast.Module(stmts, []))
    try:
        exec(compile(tree, '<t>', 'exec'), {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e)[:80])

run([ast.Assign([ast.Starred(N('a', ast.Store()), ast.Store())], ast.List([], ast.Load()))])
run([ast.Expr(ast.Starred(N('a'), ast.Load()))])
run([ast.Expr(ast.Await(N('a')))])
run([ast.ClassDef('C', [], [], [ast.Expr(ast.Yield(None))], [])])
run([ast.Expr(ast.NamedExpr(ast.Attribute(N('a'), 'b', ast.Store()), ast.Constant(1)))])
run([ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), ast.Constant(1)))])
run([ast.Expr(ast.Call(N('print'), [ast.Constant(1)], [ast.keyword('sep', ast.Constant('-')), ast.keyword('sep', ast.Constant('+'))]))])
run([ast.Expr(ast.Call(N('print'), [ast.JoinedStr([ast.Constant('a'), ast.FormattedValue(ast.Constant(5), 114, ast.JoinedStr([ast.Constant('>3')]))])], []))])
run([ast.Match(N('x'), [ast.match_case(ast.MatchStar('a'), None, [ast.Pass()])])])
run([ast.Match(N('x'), [ast.match_case(ast.MatchValue(N('a')), None, [ast.Pass()])])])
run([ast.Match(ast.Constant(1), [ast.match_case(ast.MatchAs(None, 'a'), None, [ast.Pass()]), ast.match_case(ast.MatchAs(None, 'b'), None, [ast.Pass()])])])
run([ast.ImportFrom(None, [ast.alias('x')], 0)])
run([ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [ast.Pass()]), ast.ExceptHandler(N('E'), None, [ast.Pass()])], [], [])])
run([ast.For(ast.Constant(1), N('x'), [ast.Pass()], [])])
run([ast.Expr(ast.Compare(N('a'), [ast.Eq(), ast.Lt()], [N('b')]))])
run([ast.Expr(ast.Call(N('print'), [ast.Constant((1, (2, 'three')))], []))])
run([ast.Expr(ast.Dict([None], [N('x')]))])
run([ast.Expr(ast.GeneratorExp(N('x'), []))])
run([ast.With([], [ast.Pass()])])
run([ast.Raise(None, N('x'))])
run([ast.Expr(ast.Name('None', ast.Load()))])
run([ast.Assign([ast.Name('None', ast.Store())], ast.Constant(1))])
run([ast.FunctionDef('f', ast.arguments([], [ast.arg('x'), ast.arg('x')], None, [], [], None, []), [ast.Pass()], [])])
