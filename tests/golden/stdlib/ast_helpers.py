# ast helpers: literal_eval errors, dump forms, locations, visitors, legacy classes.
import ast, sys, warnings, gc

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, msg.split(' at 0x')[0])

for src in ['1', '-1.5', '+2', '1+2j', '-1-2j', '(1, [2, {3}], {"a": b"x"})', 'set()', '{}',
            '  7', '\t[None, True, ...]', '1 + 2', 'x', 'f()', 'set(1)', '{1: f(), g(): 2}',
            '-"a"', '2j + 1', '--1', '[1, 2', "{'a': [1, (2,)]}", '-(1)', '1_0', 'frozenset()',
            '{1: 2}[1]', '(1)', "b'a' b'b'", "'a' 'b'"]:
    attempt(lambda: ast.literal_eval(src))
attempt(lambda: ast.literal_eval(ast.Dict([ast.Constant(1)], [])))
attempt(lambda: ast.literal_eval(ast.Expression(ast.List([ast.Constant(1)], ast.Load()))))
attempt(lambda: ast.literal_eval(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j))))
attempt(lambda: ast.literal_eval(ast.BinOp(ast.Constant('a'), ast.Add(), ast.Constant(2j))))
attempt(lambda: ast.literal_eval(5))

tree = ast.parse('def f(a, *, b=1):\n    return a + b  # c\nx = [1, "s"]\n')
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree.body[1], include_attributes=True))
print(ast.dump(tree.body[1], indent=2))
print(ast.dump(tree.body[0].args, indent='\t', annotate_fields=False))
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.Constant(None, kind=None)))
print(ast.dump(ast.FunctionDef('f', returns=None)))
print(ast.dump(ast.Raise(None, ast.Name('c', ast.Load()))))
print(ast.dump(ast.Raise(None, ast.Name('c', ast.Load())), annotate_fields=False))
print(ast.dump(ast.Module([], [])), ast.dump(ast.List([], ast.Store()), indent=0))
attempt(lambda: ast.dump([1]))

# locations
n = ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), ast.Constant(1))
ast.fix_missing_locations(n)
print(ast.dump(n, include_attributes=True))
e = ast.parse('x = 1\ny = (2 +\n   3)')
ast.increment_lineno(e, 3)
print([(x.__class__.__name__, getattr(x, 'lineno', None), getattr(x, 'end_lineno', None)) for x in ast.walk(e)])
src = 'if x:\n\tfoo(a,\n\t    b)\nz = "\u00e9" + y\r\nw'
t = ast.parse(src)
for node in ast.walk(t):
    if isinstance(node, (ast.Call, ast.BinOp, ast.Name)):
        print(repr(ast.get_source_segment(src, node)), repr(ast.get_source_segment(src, node, padded=True)))
print(ast.get_source_segment(src, ast.Name('q')))
c = ast.Name('new', ast.Load())
ast.copy_location(c, t.body[0].test)
print(c.lineno, c.col_offset, c.end_lineno, c.end_col_offset)
d = ast.Name('d', ast.Load())
old = ast.Name('o', ast.Load(), lineno=1, col_offset=2, end_lineno=None, end_col_offset=None)
ast.copy_location(d, old)
print({k: v for k, v in vars(d).items() if k != 'ctx'})
ast.copy_location(ast.Load(), old)
print([ast.get_docstring(x) for x in ast.parse('"""  a\n    b"""\ndef f():\n  "x"\nclass C: pass\nasync def g(): b"y"').body[1:]])
print(repr(ast.get_docstring(ast.parse('"""  a\n    b"""'), clean=False)))
attempt(lambda: ast.get_docstring(ast.Name('x')))
print(list(ast.iter_fields(ast.Name('x'))), [type(c).__name__ for c in ast.iter_child_nodes(ast.parse('a(b, c=d)').body[0].value)])

# visitors
class V(ast.NodeVisitor):
    def __init__(self): self.seen = []
    def visit_Name(self, node): self.seen.append(node.id); self.generic_visit(node)
    def visit_Num(self, node): self.seen.append(('num', node.value))
    def visit_Str(self, node): self.seen.append(('str', node.value))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    v = V(); v.visit(ast.parse('a + 1 + "s" + b"b" + None + 2.5'))
    print(v.seen, [str(x.message) for x in w])

class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if node.value == 0:
            return None
        return ast.Constant(node.value * 10)
    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id == 'dup':
            return [node, ast.Expr(ast.Name('again', ast.Load()))]
        return node
    def visit_Pass(self, node):
        return None
t2 = T().visit(ast.parse('x = [1, 0, 2]\ndup\npass\ny = -3'))
print(ast.unparse(ast.fix_missing_locations(t2)))
r = T().visit(ast.parse('z = 0').body[0])
print(ast.dump(r))

# legacy classes
print(type(ast.Num(5)).__name__, ast.dump(ast.Num(n=5)), ast.dump(ast.Str('s')))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant('x'), ast.Str),
      isinstance(ast.Constant(b'x'), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis),
      isinstance(ast.Name('x'), ast.Num), isinstance(ast.Constant(), ast.Num))
print(ast.dump(ast.Ellipsis()), ast.dump(ast.Bytes(b'z')), ast.dump(ast.NameConstant(None)))
attempt(lambda: ast.Num(1, n=2))
print(ast.Num.__doc__, ast.Num._fields, ast.Str._fields, ast.Ellipsis._fields, ast.NameConstant._fields)
print(ast.Index(ast.Name('x')).__class__.__name__, ast.dump(ast.ExtSlice([ast.Name('a'), ast.Name('b')])))
print(ast.slice.__doc__, '|', ast.Index.__doc__, '|', ast.ExtSlice.__doc__, '|', ast.Suite.__doc__, '|', ast.Param.__doc__)
print(ast.Num.__module__, ast.Index.__mro__[1:], ast.AugLoad.__mro__[1].__name__)
class MyNum(ast.Num): pass
m = MyNum(3)
print(type(m).__name__, isinstance(m, ast.Num), isinstance(m, ast.Constant), MyNum.__doc__)
x = ast.Constant(4)
print(x.n, x.s, ast.Tuple([1], ast.Load()).dims)
x.n = 9
print(x.value)
print(gc.is_tracked(ast.Name('x')), sys.getrefcount(ast.Load()) > 2)
