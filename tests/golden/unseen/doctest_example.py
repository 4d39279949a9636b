import doctest

def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(-2)
    4
    """
    return x * x

def broken(x):
    """
    >>> broken(2)
    5
    >>> broken(1)
    Traceback (most recent call last):
        ...
    ValueError: one
    """
    if x == 1:
        raise ValueError("one")
    return x + 2

def dicts():
    """
    >>> d = {'b': 1, 'a': 2}
    >>> sorted(d)
    ['a', 'b']
    >>> print('hi')   # doctest: +ELLIPSIS
    h...
    """

print(doctest.testmod(verbose=False))
t = doctest.DocTestFinder().find(square)
print(len(t), len(t[0].examples))
parser = doctest.DocTestParser()
test = parser.get_doctest(">>> 1 + 1\n2\n>>> 'a' * 3\n'aaa'\n", {}, "inline", None, 0)
runner = doctest.DocTestRunner(verbose=False)
runner.run(test)
print(runner.summarize(verbose=False))
