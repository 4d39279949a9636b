import doctest

parser = doctest.DocTestParser()
cases = [
    '>>>print(1)\n1\n',
    '    >>> x = 1\n    ...y\n',
    '  >>> if 1:\n ...     pass\n',
    '  >>> print(1)\n 1\n',
    '>>> print(1)  # doctest: +NOPE\n1\n',
    '>>> print(1)  # doctest: ELLIPSIS\n1\n',
    '>>> # doctest: +ELLIPSIS\n',
    '>>> x = 1\n...x\n',
]
for text in cases:
    try:
        parser.get_examples(text, 'thing')
        print('ok')
    except ValueError as e:
        print('ValueError:', e)

try:
    doctest.DocTest('text', {}, 'n', None, 0, '')
except AssertionError as e:
    print('AssertionError:', e)
try:
    doctest.testmod(42)
except TypeError as e:
    print('TypeError:', e)
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError:', e.args)
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF))
print(doctest.set_unittest_reportflags(0))
try:
    doctest.testfile('/nonexistent/abs.txt')
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.testfile('x.txt', module_relative=False, package='os')
except ValueError as e:
    print('ValueError:', e)

r = doctest.DebugRunner(verbose=False)
t = parser.get_doctest('>>> 1 + 1\n3\n', {}, 'dbg', 'f.py', 0)
try:
    r.run(t)
except doctest.DocTestFailure as f:
    print('DocTestFailure', f.test.name, repr(f.example.source), repr(f.got))
t = parser.get_doctest('>>> 1 / 0\n', {}, 'dbg2', 'f.py', 0)
try:
    r.run(t)
except doctest.UnexpectedException as f:
    print('UnexpectedException', f.test.name, f.exc_info[0].__name__, f.exc_info[1])
