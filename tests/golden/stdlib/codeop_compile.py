# codeop: complete, incomplete (None) and invalid commands in the three modes.
import codeop
import warnings

print(codeop.__all__)
print(hex(codeop.PyCF_DONT_IMPLY_DEDENT), hex(codeop.PyCF_ALLOW_INCOMPLETE_INPUT))

CASES = [
    '', '\n', '# comment', '#c\n', 'x', 'x\n', 'x = 1', 'x = 1;', 'x = 1; y = 2',
    '(1,', '(1,\n2)', '[1,\n', '(1,\n\n', 'x = (\n', 'x = [1,\n 2', 'x = [1,\n 2]',
    "d = {'a':", 'print("a" "b"', 'from x import (a,', 'print(1',
    '"""abc', '"""abc\n', '"""a\n\n', 'x = """\n', '"""a"""', 'def f():\n  """doc',
    "'abc", 'a \\', 'a \\\n', 'a \\\n\n', 'x = 1 \\\n', '1 +\\\n',
    '@dec', '@dec\n', '@dec\n\n', '@dec\ndef f(): pass', '@dec\ndef f(): pass\n',
    'if 1:', 'if 1:\n', 'if 1:\n\n', 'if 1:\n  \n', 'if 1:\n# c\n',
    'if 1:\n  pass', 'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'if 1: pass', 'if 1: pass\n',
    'def f(): pass', 'class A: pass', 'def f():\n  return 1\n', 'for i in []: pass\n',
    'for x in y:\n  pass\nelse:', 'for x in y:\n  pass\nelse:\n\n',
    'if 1:\n  pass\nelse:\n  pass\n\n', 'if 1:\n  pass\nelif 2:', 'if 1:\n  pass\n\nelse:',
    'if 1:\n  x = (1,\n', 'if 1:\n  if 2:\n    pass\n', 'if 1:\n  pass\n  \n',
    'class A:\n  def f(self):\n    pass\n  def g(self):', 'class A:\n  x = 1\n\n',
    'try:\n  pass\n', 'try:\n  pass\n\n', 'try:\n  pass\n\n\n', 'try:\n  pass\nexcept:',
    'try:\n  pass\nx = 1\n', 'with a as b:', 'async def f():', 'match x:',
    'match x:\n case 1:\n  pass\n\n', 'while 1:\n\tpass\n\n',
    'if 1:\npass', 'x = 1\ny = 2', '1 2', ')', '(1, 2]', 'def f(:', 'if x\n', 'else:',
    'return 1', 'break', 'nonlocal x', 'del 1', '0777', '1_', 'f(**)',
    'if 1:\n  x = 1\n y = 2\n',
]


def classify(source, symbol):
    try:
        result = codeop.compile_command(source, '<case>', symbol)
    except SyntaxError as exc:
        return 'SyntaxError: %s (line %s)' % (exc.msg, exc.lineno)
    except Exception as exc:
        return '%s: %s' % (type(exc).__name__, exc)
    if result is None:
        return 'incomplete'
    return 'code %s %s' % (result.co_filename, result.co_name)


for symbol in ('single', 'exec'):
    print('--', symbol)
    for source in CASES:
        print(repr(source), '->', classify(source, symbol))

print('-- eval')
for source in ['', '# c', 'x', '1 + 2', '(1,', '(1,\n2', '"""a', 'lambda: 1', 'x = 1',
               'if 1:', 'f(a,\n b)', '[x for x in y]']:
    print(repr(source), '->', classify(source, 'eval'))

print(classify('x', 'bogus'))
try:
    codeop.compile_command(b'x')
except TypeError as exc:
    print('TypeError', exc)

# default file name; code objects run
code = codeop.compile_command('total = 6 * 7')
ns = {}
exec(code, ns)
print(code.co_filename, ns['total'])
code = codeop.compile_command('if 1:\n  result = "block"\n')
exec(code, ns)
print(ns['result'])

# warnings are reported once
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    codeop.compile_command('x is 1')
print([(w.category.__name__, str(w.message)) for w in caught])

# CommandCompiler / Compile
cc = codeop.CommandCompiler()
print(type(cc.compiler).__name__, cc.compiler.flags == 0x4200)
print(classify('x', 'single'), cc('if 1:') is None, cc('(1,\n') is None)
print(cc('y = 2', 'named.py', 'exec').co_filename)
try:
    cc('1 2')
except SyntaxError as exc:
    print('SyntaxError', exc.msg)
compiler = codeop.Compile()
print(compiler('z = 3', '<c>', 'single').co_filename, compiler.flags == 0x4200)
