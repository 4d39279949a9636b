# Node positions (UTF-8 byte columns), including non-ASCII lines, and get_source_segment.
import ast

SRC = '''s = "héllo wörld"; t = ñ + 1
名前 = "値" + f"{名前!r} ü {x}"
def φ(α, β=1 if False else 2): return α
x = ("€€€",
     "日本")
if x:
    y = [1,
         2]  # comment
class K(Base, metaclass=M):
    @property
    def p(self, *a, k=1, **kw): pass
import a.b as c, d
from . import (e as f)
try:
    pass
except E as err:
    pass
print(x, *y, k=v, **kw)
'''
tree = ast.parse(SRC)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(ast.get_source_segment(SRC, node)))

for node in ast.walk(tree):
    if isinstance(node, (ast.stmt, ast.expr)) and node.lineno != node.end_lineno:
        print(repr(ast.get_source_segment(SRC, node, padded=True)))

print(ast.get_source_segment(SRC, ast.Name('x')))
n = ast.Name('x', lineno=1, col_offset=0, end_lineno=None, end_col_offset=None)
print(ast.get_source_segment(SRC, n))
SRC2 = 'a\r\nbb\r"c\x0cc" + d\n'
for node in ast.parse(SRC2).body:
    print(repr(ast.get_source_segment(SRC2, node)))
