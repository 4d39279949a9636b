"""Module docstring.

>>> 1 + 1
2
>>> square(4)
16
"""


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


def broken(x):
    """A function whose examples fail.

    >>> broken(2)
    5
    >>> print('a')
    b
    >>> broken(3)
    >>> print('x', end='')
    x
    """
    return x + 2


class Greeter:
    """A greeter.

    >>> Greeter('Bob').greet()
    'Hello, Bob'
    >>> Greeter('Al').greet()
    'Hi, Al'
    """

    def __init__(self, name):
        self.name = name

    def greet(self):
        """Greet.

        >>> g = Greeter('X')
        >>> g.greet()
        'Hello, X'
        >>> g.name = 'Y'; g.greet()
        'Hello, Y'
        """
        return 'Hello, ' + self.name

    @property
    def shout(self):
        """>>> Greeter('z').shout
        'Z'
        """
        return self.name.upper()

    @staticmethod
    def st():
        """
        >>> Greeter.st()
        1
        """
        return 2

    @classmethod
    def cm(cls):
        """
        >>> Greeter.cm()
        'Greeter'
        """
        return cls.__name__


def no_examples():
    """Nothing to test here."""


def blank_lines():
    """
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print('  ')
    <BLANKLINE>
    >>> True
    1
    >>> False
    0
    """


__test__ = {'extra': """
>>> 2 * 21
42
>>> 2 * 21
41
"""}

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.DONT_ACCEPT_TRUE_FOR_1))
