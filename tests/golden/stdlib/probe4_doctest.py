"""Module docstring example.

>>> 2 + 2
4
"""
import doctest, sys

def factorial(n):
    """Return the factorial of n, an exact integer >= 0.

    >>> [factorial(n) for n in range(6)]
    [1, 1, 2, 6, 24, 120]
    >>> factorial(30)
    265252859812191058636308480000000
    >>> factorial(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    >>> factorial(30.1)
    Traceback (most recent call last):
        ...
    ValueError: n must be exact integer
    >>> factorial(3)  # wrong on purpose
    7
    """
    import math
    if not n >= 0:
        raise ValueError("n must be >= 0")
    if math.floor(n) != n:
        raise ValueError("n must be exact integer")
    result = 1
    factor = 2
    while factor <= n:
        result *= factor
        factor += 1
    return result

class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> s.items
    [1]
    >>> print("a\\nb")
    a
    b
    >>> print("x")
    <BLANKLINE>
    """
    def __init__(self): self.items = []
    def push(self, x):
        """>>> Stack().push(3) is None
        True
        """
        self.items.append(x)
    def pop(self): return self.items.pop()

if __name__ == "__main__":
    r = doctest.testmod(verbose=True)
    print(r, r.failed, r.attempted)
    r = doctest.testmod(optionflags=doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL)
    print(r)
    finder = doctest.DocTestFinder()
    tests = finder.find(factorial)
    print([(t.name, len(t.examples), t.lineno) for t in tests])
    runner = doctest.DocTestRunner(verbose=False)
    for t in finder.find(Stack, "Stack", globs={"Stack": Stack}):
        runner.run(t)
    print(runner.summarize(verbose=False))
    print(doctest.script_from_examples(">>> x = 1\n>>> x\n1\nText line\n"))
