import doctest
import sys

parser = doctest.DocTestParser()
text = '''
Some prose.
    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1

More prose.
    >>> raise ValueError('v')
    Traceback (most recent call last):
      File "<stdin>", line 1
    ValueError: v
    >>> print(1)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    1
    >>> # just a comment
'''
pieces = parser.parse(text, 'name')
for p in pieces:
    if isinstance(p, doctest.Example):
        print('Example', repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno, p.indent, p.options)
    else:
        print('text', repr(p))
exs = parser.get_examples(text)
print(len(exs))
t = parser.get_doctest(text, {'y': 2}, 'mytest', 'file.txt', 10)
print(t, t.name, t.filename, t.lineno, len(t.examples), t.globs)
print(doctest.DocTest([], {}, 'n', None, None, ''), doctest.DocTest(exs[:1], {}, 'n', 'f', 0, ''))
e = doctest.Example('print(1)', '1')
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(e == doctest.Example('print(1)\n', '1\n'), e == doctest.Example('print(2)', '1'))
e2 = doctest.Example('x', '', exc_msg='ValueError: x')
print(repr(e2.exc_msg), repr(e2.want))
print(doctest.TestResults(1, 2), doctest.TestResults(failed=0, attempted=3).attempted)

runner = doctest.DocTestRunner(verbose=False)
out = []
r = runner.run(t, out=out.append)
print(r, len(out))
print(runner.tries, runner.failures)
print(''.join(out))
runner.summarize()
runner.summarize(verbose=True)

runner = doctest.DocTestRunner(verbose=True)
t2 = parser.get_doctest('>>> 1 + 1\n2\n>>> print("hi")\nhi\n>>> None\n>>> 3\n4\n', {}, 'vtest', None, None)
print(runner.run(t2))
print(runner.summarize())

checker = doctest.OutputChecker()
print(checker.check_output('1\n', '1\n', 0), checker.check_output('a ... b\n', 'a x y b\n', doctest.ELLIPSIS))
print(checker.check_output('a  b\n', 'a b\n', 0), checker.check_output('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE))
print(checker.output_difference(doctest.Example('x', 'a\n'), 'b\n', 0), end='')
print(checker.output_difference(doctest.Example('x', ''), 'b\n', 0), end='')
print(checker.output_difference(doctest.Example('x', 'a\n'), '', 0), end='')
print(checker.output_difference(doctest.Example('x', ''), '', 0), end='')
print(checker.output_difference(doctest.Example('x', 'a\n'), '\nb\n', 0), end='')


def documented(a):
    """
    >>> documented(2)
    4
    >>> documented(3)
    7
    """
    return a * 2


doctest.run_docstring_examples(documented, globals())
doctest.run_docstring_examples(documented, globals(), name='documented')
doctest.run_docstring_examples(documented, {'documented': lambda a: 7}, verbose=True)

finder = doctest.DocTestFinder()
tests = finder.find(documented)
print(tests, [t.lineno for t in tests])
tests = doctest.DocTestFinder(exclude_empty=False).find(sys.modules[__name__])
print([t.name for t in tests])
print(doctest.script_from_examples(text))
