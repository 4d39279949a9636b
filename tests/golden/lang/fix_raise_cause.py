# raise X from Y: what Y may be (class, instance, None) and the errors for anything
# else, in the order CPython's do_raise checks and evaluates things.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        cause = e.__cause__
        print(type(e).__name__, '|', e, '| cause:', repr(cause),
              '| suppress:', e.__suppress_context__)


show(lambda: exec('raise ValueError from 5'))
show(lambda: exec('raise ValueError from "text"'))
show(lambda: exec('raise ValueError from int'))
show(lambda: exec('raise ValueError from object()'))
show(lambda: exec('raise ValueError from KeyError'))
show(lambda: exec('raise ValueError from KeyError("k")'))
show(lambda: exec('raise ValueError from None'))
show(lambda: exec('raise ValueError() from StopIteration'))
show(lambda: exec('raise 5 from None'))
show(lambda: exec('raise 5 from 6'))
show(lambda: exec('raise int from ValueError'))


class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__)
        return 'not an exception'


class Odd(Exception, metaclass=Meta):
    pass


# A class cause is called and whatever it returns becomes the cause, unchecked.
show(lambda: exec('raise ValueError from Odd'))
# The raised class itself must give an exception.
show(lambda: exec('raise Odd'))
show(lambda: exec('raise Odd from None'))


class Failing(Exception):
    def __init__(self):
        raise RuntimeError('cause constructor failed')


show(lambda: exec('raise ValueError from Failing'))


# Evaluation order: the exception is made before the cause.
class Loud(Exception):
    def __init__(self, *a):
        print('init', type(self).__name__)
        super().__init__(*a)


class LoudCause(Loud):
    pass


show(lambda: exec('raise Loud from LoudCause'))

# The TypeError is raised while handling another exception: it is chained to it.
try:
    try:
        raise KeyError('handled')
    except KeyError:
        raise ValueError from 42
except TypeError as e:
    print('context of the TypeError:', repr(e.__context__), e.__cause__)

# Replacing an existing cause.
e = ValueError('v')
e.__cause__ = KeyError('old')
try:
    raise e from IndexError('new')
except ValueError as got:
    print('cause now', repr(got.__cause__))
try:
    raise e from None
except ValueError as got:
    print('cause now', repr(got.__cause__), got.__suppress_context__)

# A cause that dies with the exception.


class Noisy(Exception):
    def __del__(self):
        print('cause freed', self.args)


def drop_cause():
    try:
        raise ValueError('x') from Noisy('n')
    except ValueError as e:
        print('caught', repr(e.__cause__))


drop_cause()
print('end')
