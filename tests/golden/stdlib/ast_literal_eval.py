# ast.literal_eval: every literal kind and the errors.
import ast

def le(x):
    try:
        r = ast.literal_eval(x)
        print(type(r).__name__, repr(r))
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index(' at 0x')] + ' ...>'
        print(type(e).__name__, msg)

for s in ['1', '-1', '+1.5', '1e400', '-1e400', '3j', '1+2j', '-1-2j', '1.5-2j', '"s"', "b'x'",
          'u"x"', 'True', 'None', '...', '(1, 2)', '()', '[1, [2, (3,)]]', '{1, 2}', 'set()', '{}',
          '{"a": 1, 2: [3]}', '  1', '\t(1)', '0x1f', '1_000', '0o17', '0b101', '"a" "b"', "'\\n'",
          '{1: 2, 1: 3}', '(-1)+2j', '1+(2j)', '-0.0', '[(1, {2: 3})]']:
    le(s)

for s in ['x', 'f(1)', 'set([1])', '1+1', '2j+1', '1+x', '-(1)', '--1', '-"s"', 'not 1',
          '{**d}', 'a.b', 'x[0]', '1 if 2 else 3', 'lambda: 1', '[x for x in y]', '(1,\n x)',
          'f"x"', '{[]: 1}', '{{}}', 'frozenset()', 'set(*a)', 'set(a=1)', '2**3', '1 +', ' \n1',
          'import os']:
    le(s)

le(ast.Constant(5))
le(ast.Name('x'))
le(ast.Expression(ast.Constant([1])))
le(ast.Dict([ast.Constant(1)], []))
le(5)
le(b'1')
le(ast.Tuple([ast.Constant(1)], ast.Load()))
le(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))
le(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), lineno=7))
le(ast.parse('[1, 2]', mode='eval'))
