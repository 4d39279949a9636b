# Compile-time SyntaxWarnings (compile.c's check_caller / check_subscripter /
# check_index / check_compare / compiler_assert): messages, lines, the warnings
# machinery (record, "error" filter -> SyntaxError with its location), and the
# neighbours that must stay silent.
import warnings

SOURCES = [
    # calling a literal or a display
    "None()", "(1, 2)(3)", "'abc'(1)", "[1]()", "[x for x in y]()", "{}()", "{1}()",
    "{x: 1 for x in y}()", "{x for x in y}()", "(x for x in y)()", "f'a'()", "f'{x}'()",
    "b'a'()", "1.5()", "1j()", "...()", "True()", "{**a}()", "[*a]()", "(*a,)()",
    "'a' 'b'(1)", "lambda: 1()",
    # silent calls
    "[1][0:1]()", "(lambda: 1)()", "x()()", "x[0]()", "x.y()",
    # subscripting what has no __getitem__
    "5[0]", "None[0]", "...[0]", "1.5[0]", "1j[0]", "{1}[0]", "{x for x in y}[0]",
    "(x for x in y)[0]", "(lambda: 1)[0]", "(-5)[0]", "True[0]",
    # sequence literals with a non-integer index
    "'abc'['a']", "[1]['a']", "(1, 2)['a']", "(1, 2)[1.5]", "[1][1.5]", "[1][None]",
    "[x for x in y]['a']", "f'{x}'['a']", "b'a'['a']", "(x, y)['a']", "[1][(1, 2)]",
    "[1][[1]]", "[1][f'a']", "[1][{}]", "[1][lambda: 0]",
    # silent subscripts
    "'abc'[0]", "[1][x]", "'a'[1:2]", "[1][True]", "[1][-1]", "{}['a']", "x[0]",
    "5[0] = 1", "del 5[0]", "5[0] += 1",
    # "is" with a literal
    "1 is 1", "x is 'a'", "x is not 1", "1 is x", "x is ()", "x is (1,)", "x is -1",
    "x is 1+2", "a is b is 1", "a is 1 is 2", "x == 1 is y", "x is (1, 2)",
    "x is not b''", "x is None", "x is ...", "x is True", "x is not False", "x is f'a'",
    "x is y",
    # assert on a tuple
    "assert (x, 'msg')", "assert (x,)", "assert (1, 2), 'm'", "assert ()",
    "assert x, (1, 2)", "assert x",
    # where the warning is found
    "x = 5[0]", "def f():\n  return 5[0]", "with a:\n  5[0]\n",
    "for x in y:\n  pass\nelse:\n  5[0]\n", "x = [None() for y in z]", "5[0]; 6[0]",
    "5[0]\n5[0]", "class C:\n  5[0]", "lambda: 5[0]", "async def f():\n  5[0]",
    "print(5[0])", "x if 5[0] else y", "if x:\n  pass\nelif 1 is 1:\n  pass\n",
    "while None():\n  pass\n",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(src, '<s>', 'exec')
    found = [(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught]
    print(repr(src), found)

# eval and single modes warn too
for mode, src in [('eval', '5[0]'), ('eval', 'x is 1'), ('single', 'None()'),
                  ('single', 'assert (1, 2)')]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(src, '<m>', mode)
    print(mode, repr(src), [str(w.message) for w in caught])

# an "error" filter turns the warning into a SyntaxError at the compiler's location
for src in ['5[0]', 'x = 1\nx is 1', 'assert (x, 1)', 'None()', '[1]["a"]',
            'y = 5[0]', 'def f():\n    return (1, 2)(3)\n']:
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<s>', 'exec')
            print('compiled', repr(src))
        except SyntaxError as e:
            print(type(e).__name__, e.msg, (e.filename, e.lineno, e.offset, e.text,
                                            e.end_lineno, e.end_offset))

# an "ignore" filter drops it, a category filter of another kind lets it through
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=SyntaxWarning)
    compile('5[0]', '<s>', 'exec')
print('ignored:', len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='.*subscriptable')
    compile('5[0]; None()', '<s>', 'exec')
print('by message:', [str(w.message) for w in caught])

# exec and eval of source text compile it, so they warn too
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        exec('5[0]')
    except TypeError as e:
        print('exec ran:', e)
    try:
        eval('None()')
    except TypeError as e:
        print('eval ran:', e)
print([(str(w.message), w.filename) for w in caught])

# the registry: with the default action each compile warns again
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    compile('5[0]', '<r>', 'exec')
    compile('5[0]', '<r>', 'exec')
print('default twice:', len(caught))
