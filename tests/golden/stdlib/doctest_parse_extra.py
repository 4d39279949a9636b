"""Module docstring with a passing example.

    >>> 6 * 7
    42
"""
import doctest

parser = doctest.DocTestParser()
texts = [
    '    >>> a = 1\n    >>> a\n    1\n\n    prose\n',
    '>>> if True:\n...     print("x")\n...\nx\n',
    '>>> print("a")\na\n>>> print("b")\nb\n',
    '\t>>> 1\n\t1\n',
    '>>> 1  # doctest: +SKIP,+ELLIPSIS\n1\n>>> 2 # doctest: -ELLIPSIS +NORMALIZE_WHITESPACE\n2\n',
    '>>> raise KeyError(1)\nTraceback (most recent call last):\n    ...\nKeyError: 1\n',
    '>>> x\nTraceback (most recent call last):\n  File "x"\n    more\n',
    'no examples here\n',
    '',
    '   >>> x\n   y\n   z\n\n   text\n   >>> w\n',
    '>>> print("...")\n...\n',
]
for text in texts:
    try:
        for piece in parser.parse(text, 'T'):
            if isinstance(piece, doctest.Example):
                print(' E', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
                      piece.lineno, piece.indent, sorted(piece.options.items()))
            else:
                print(' T', repr(piece))
    except ValueError as e:
        print('ValueError:', e)
    print('--')

checker = doctest.OutputChecker()
cases = [
    ('a...z\n', 'abcz\n', doctest.ELLIPSIS), ('a...z\n', 'az\n', doctest.ELLIPSIS),
    ('...\n', 'anything\n', doctest.ELLIPSIS), ('a...b...a\n', 'aba\n', doctest.ELLIPSIS),
    ('x...\n', 'y\n', doctest.ELLIPSIS), ('...x...\n', 'axb\n', doctest.ELLIPSIS),
    ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE),
    ('a\n<BLANKLINE>\nb\n', 'a\n   \nb\n', 0), ('1\n', 'True\n', 0),
    ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1), ('True\n', '1\n', 0),
    ('a b  c\n', 'a\tb\nc\n', doctest.NORMALIZE_WHITESPACE), ('ab\n', 'a b\n', doctest.NORMALIZE_WHITESPACE),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
print(checker.output_difference(doctest.Example('x', 'a\nb\nc\nd\n'), 'a\nB\nc\nd\n',
                                doctest.REPORT_NDIFF), end='')
print(checker.output_difference(doctest.Example('x', 'a\n'), '  \nb\n',
                                doctest.DONT_ACCEPT_BLANKLINE), end='')


def helper():
    """
    >>> helper() # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mymod.errors.ValueError: other words
    >>> raise ValueError
    Traceback (most recent call last):
    ValueError
    >>> raise ValueError('x: y')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: x...
    >>> print('a\\n\\nb')  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> x = 5
    >>> x
    5
    >>> _
    5
    """
    raise ValueError('boom')


class Holder:
    """>>> Holder.inner_value
    3
    """
    inner_value = 3

    class Nested:
        """
        >>> 'nested'
        'nested'
        """

    def method(self):
        """
        >>> Holder().method()
        'm'
        """
        return 'm'


__test__ = {'func': helper, 'text': '>>> 1 + 1\n3\n'}

if __name__ == '__main__':
    results = doctest.testmod(verbose=False)
    print(results)
    finder = doctest.DocTestFinder()
    for test in finder.find(Holder, 'Holder', globs={}):
        print(test.name, len(test.examples), test.lineno)
    print([t.name for t in doctest.DocTestFinder(recurse=False).find(Holder, 'Holder')])
    print(doctest.testsource(__import__('__main__'), '__main__.Holder.method'), end='')
    print(repr(doctest.script_from_examples('Text only.\n\n   more\n')))
    runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.ELLIPSIS)
    test = parser.get_doctest('>>> print("abc")\na...\n>>> 1\n2\n', {}, 'flags', 'f.txt', 3)
    print(runner.run(test), runner.optionflags, runner.original_optionflags)
    print(runner.run(test), runner.summarize(verbose=False))
    other = doctest.DocTestRunner(verbose=False)
    other.run(parser.get_doctest('>>> 3\n3\n', {}, 'flags', None, 0))
    runner.merge(other)
    print(runner.summarize(verbose=True))
