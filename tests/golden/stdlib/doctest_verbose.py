"""
>>> add(1, 2)
3
"""
import sys


def add(a, b):
    """Add.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    """
    return a + b


def decorate(f):
    return f


@decorate
def decorated():
    """
    >>> decorated()
    'dec'
    >>> decorated() * 2
    'decdec!'
    """
    return 'dec'


class Empty:
    pass


class Counter:
    """Counts.

    >>> c = Counter()
    >>> c.bump(); c.bump()
    1
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def nothing(self):
        pass


if __name__ == '__main__':
    import doctest
    print(doctest.testmod(verbose=True))
    sys.argv.append('-v')
    print(doctest.testmod(report=False))
    print(doctest.testmod(verbose=False))
    print(doctest.testmod(exclude_empty=True, verbose=True))
    print(doctest.master is not None)
