import doctest


def ellipsis():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(20)))
    [0, 1, ..., 19]
    >>> print('abc')  # doctest: +ELLIPSIS
    a...c
    >>> print('abc')  # doctest: +ELLIPSIS
    x...
    >>> print('aXbXc')  # doctest: +ELLIPSIS
    a...b...c
    """


def whitespace():
    """
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,  3,  4,  5,
     6,   7,  8,  9, 10, 11]
    >>> print('a   b')
    a b
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a ...
    """


def skipped():
    """
    >>> undefined_name  # doctest: +SKIP
    1
    >>> 1 + 1  # doctest:+SKIP
    3
    >>> 2
    2
    """


def exceptions():
    """
    >>> 1 / 0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    >>> raise TypeError('t')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.TypeError: something else
    >>> raise TypeError('t')  # doctest: +ELLIPSIS
    Traceback (innermost last):
    TypeError: ...
    >>> def f(
    ...     x):
    ...     return x
    >>> f(3)
    3
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    """


def true_for_1():
    """
    >>> 3 > 2
    1
    >>> 3 < 2  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    0
    """


def diffs():
    """
    >>> print('\\n'.join('line%d' % i for i in range(5)))  # doctest: +REPORT_UDIFF
    line0
    line1
    lineX
    line3
    line4
    >>> print('\\n'.join('line%d' % i for i in range(5)))  # doctest: +REPORT_CDIFF
    line0
    line1
    lineX
    line3
    line4
    >>> print('one two three')  # doctest: +REPORT_NDIFF
    one tow three
    >>> print('a\\nb')  # doctest: +REPORT_UDIFF
    a
    c
    """


def first_failure():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """


if __name__ == '__main__':
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST | doctest.ELLIPSIS))
    print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.SKIP, doctest.FAIL_FAST)
    print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
    print(doctest.register_optionflag('MINE'), doctest.register_optionflag('MINE'))
