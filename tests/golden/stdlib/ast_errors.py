# Syntax errors from ast.parse are compile()'s, and the argument errors.
import ast

def show(src, mode='exec', **kw):
    try:
        tree = ast.parse(src, mode=mode, **kw)
        print(ast.dump(tree))
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for src in ['x = (1,', 'x = = 1', 'def f(:', '  x = 1', 'if x:\npass', 'x = 1 +', 'f(**a, *b)',
            'a + 1 = 2', 'del f()', 'return', 'class', 'print "x"',
            'lambda x: (yield)', '(a, b) += 1', 'f(x for x in y, 1)', 'def f(a=1, b): pass',
            'nonlocal x', 'x := 1', '\tif x:\n        pass']:
    show(src)

show('x +', 'eval')
show('a = 1; b', 'eval')
show('x = 1\ny = 2', 'single')
show('x = 1;y=2', 'single')
show('x=1 # c\n\n# d\nz\n', 'single')
show('if x:\n  pass\n\ny', 'single')
show('', 'single')
show('x', 'bogus')
show(b'x = 1\n')
show(bytearray(b'y'))
show('x\0')
show(5)
show(None)
try:
    ast.parse('x = (', filename='my_file.py')
except SyntaxError as e:
    print(e.filename, e.msg)
try:
    compile('x', 'f', 'func_type')
except ValueError as e:
    print('ValueError', e)
try:
    compile('x', 'f', 'bogus', ast.PyCF_ONLY_AST)
except ValueError as e:
    print('ValueError', e)
