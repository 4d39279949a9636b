# NodeVisitor / NodeTransformer, walk, iter_*, locations helpers, docstrings.
import ast
import warnings

SRC = '''
def add(a, b):
    """Adds.

       Two things.
    """
    return a + b
total = 0
for i in range(5):
    total += i * 2
print(total, add(1, 2))
'''
tree = ast.parse(SRC)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.consts = 0
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
    def visit_Constant(self, node):
        self.consts += 1
        self.generic_visit(node)

c = Counter()
print(c.visit(tree))
print(c.names, c.consts)

class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('Num', node.n)
    def visit_Str(self, node):
        print('Str', node.s)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    Old().visit(ast.parse('1 + "a" + b"x"'))
    print([(x.category.__name__, str(x.message)) for x in w])

print([type(n).__name__ for n in ast.walk(ast.parse('x = f(1, y=2)'))])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('x = 1').body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse('x = f(1, y=2)').body[0].value)])
print(list(ast.iter_fields(ast.Name('x'))))

print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree))
print(ast.get_docstring(ast.parse('class C:\n    x = 1')))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)

t = ast.parse('x = 1\ny = (2 +\n 3)')
ast.increment_lineno(t, 3)
print(ast.dump(t, include_attributes=True))
n = ast.Name('x', ast.Load(), lineno=5, col_offset=2)
m = ast.copy_location(ast.Constant(1), n)
print(m.lineno, m.col_offset, m.end_lineno, hasattr(m, 'end_col_offset'))
m = ast.copy_location(ast.Constant(1), ast.Name('y', lineno=1, col_offset=1, end_lineno=2, end_col_offset=3))
print(m.lineno, m.col_offset, m.end_lineno, m.end_col_offset)
print(ast.dump(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], [])), include_attributes=True))
partial = ast.Module([ast.Expr(ast.BinOp(ast.Name('a', ast.Load(), lineno=4, col_offset=2), ast.Add(), ast.Name('b', ast.Load())), lineno=4, col_offset=0)], [])
print(ast.dump(ast.fix_missing_locations(partial), include_attributes=True))

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(node.id.upper(), node.ctx)
    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]
    def visit_AugAssign(self, node):
        return None
print(ast.unparse(Rename().visit(ast.parse(SRC))))
class DropReturn(ast.NodeTransformer):
    def visit_Return(self, node):
        self.generic_visit(node)
        node.value = None
        return node
print(ast.unparse(DropReturn().visit(ast.parse(SRC))))
