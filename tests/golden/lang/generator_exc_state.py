# A generator suspended inside an `except` keeps its handled exception to itself: the
# caller does not see it, it is back when the generator resumes, and an exception thrown
# in there gets it as context.
import sys


def current():
    return repr(sys.exc_info()[1])


def handler_gen():
    try:
        raise KeyError('gen')
    except KeyError:
        yield current()
        yield current()
    yield current()


g = handler_gen()
print(next(g), 'caller:', current())
try:
    raise ValueError('caller')
except ValueError:
    print(next(g), 'caller:', current())
print(next(g), 'caller:', current())

# the caller's exception is seen by a generator outside any handler
def plain():
    yield current()


try:
    raise IndexError('outer')
except IndexError:
    print(next(plain()))

# thrown inside a handler: context is the handled exception
def thrower():
    try:
        raise KeyError('a')
    except KeyError:
        yield 1
    yield 2


t = thrower()
next(t)
try:
    t.throw(ValueError('b'))
except ValueError as e:
    print(repr(e), repr(e.__context__))

# thrown outside any handler
t = thrower()
next(t)
next(t)
try:
    t.throw(OSError('c'))
except OSError as e:
    print(repr(e), repr(e.__context__))

# nested handlers
def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise KeyError(2)
        except KeyError:
            yield current()
        yield current()
    yield current()


print(list(nested()), current())

# reference counts of the handled exception
def counts(e):
    yield sys.getrefcount(e)


try:
    raise KeyError('k')
except KeyError as e:
    print(next(counts(e)))


def own_counts():
    try:
        raise ValueError
    except ValueError as e:
        yield sys.getrefcount(e)
        yield sys.getrefcount(e)


print(list(own_counts()))
