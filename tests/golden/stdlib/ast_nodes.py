# The node classes: fields, attributes, constructors, docs, pickling, deprecated aliases.
import ast
import copy
import pickle

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.arguments._fields, ast.arguments._attributes, ast.expr._fields, ast.AST._fields)
print(ast.FunctionDef.returns, ast.arg.end_lineno, ast.expr.end_col_offset, ast.Name.__module__)
print([c.__name__ for c in ast.Name.__mro__])
print(ast.Name.__doc__)
print(ast.expr.__doc__)
print(ast.Load.__doc__, '|', ast.operator.__doc__, '|', ast.comprehension.__doc__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.Pass, ast.stmt), issubclass(ast.Load, ast.expr_context),
      issubclass(ast.MatchAs, ast.pattern), issubclass(ast.ExceptHandler, ast.excepthandler))

n = ast.Name('x')
print(n.id, hasattr(n, 'ctx'), n.end_lineno)
try:
    n.ctx
except AttributeError as e:
    print('AttributeError', e)
for f in [lambda: ast.Name('a', 'b', 'c'), lambda: ast.Name('a', id='b'),
          lambda: ast.Expr(1, 2), lambda: ast.Pass(1), lambda: ast.AST(1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
n = ast.Name('x', ast.Load(), lineno=3, foo=4)
print(sorted(n.__dict__), n.foo, type(n.__reduce__()[2]).__name__)

t = ast.parse('x = [1, 2]\nf(y)')
print(ast.dump(pickle.loads(pickle.dumps(t))) == ast.dump(t))
print(ast.dump(copy.deepcopy(t)) == ast.dump(t))
a = ast.parse('a + b').body[0].value
b = ast.parse('c + d').body[0].value
print(a.op is b.op, type(a.op).__name__, a.left.ctx is b.right.ctx)

print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num),
      isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant),
      isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(b's'), ast.Bytes),
      isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Name('x'), ast.Num))
print(ast.dump(ast.Num(5)), ast.Str('x').s, ast.Constant(3).n, type(ast.Num(1)).__name__)
print(ast.dump(ast.Bytes(b'x')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('x')])))
tup = ast.Tuple([ast.Name('a')], ast.Load())
print(ast.dump(tup.dims[0]))

match ast.parse('x + 1', mode='eval').body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
        print('matched', id, v)

class MyNode(ast.AST):
    _fields = ('a', 'b')
m = MyNode(1, b=2)
print(m.a, m.b, ast.dump(m))
