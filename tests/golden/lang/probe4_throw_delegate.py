# gen.throw() while delegating with `yield from`: a generator delegate has the
# exception thrown in; another iterator has its `throw` called with the
# arguments exactly as given, or the exception is raised in the delegator.
import sys


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, *args):
        print('  throw got', [a.__name__ if isinstance(a, type) else repr(a) for a in args])
        if len(args) == 1 and isinstance(args[0], type) and issubclass(args[0], KeyError):
            raise StopIteration('done')
        return 100 + len(args)


class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        return 'plain'


def delegator(it):
    try:
        result = yield from it
        print('  delegate returned', repr(result))
        yield 'after return'
    except ValueError as e:
        print('  caught in delegator', repr(e))
        yield 'after catch'


print('-- iterator with throw')
g = delegator(Iter())
print(next(g))
print(g.throw(ValueError('x')))
print(g.throw(ValueError))
print(g.throw(ValueError, 'v'))
print(g.throw(ValueError, ValueError('w'), None))
print(g.throw(KeyError))

print('-- iterator without throw')
g = delegator(Plain())
print(next(g))
print(g.throw(ValueError('y')))
g = delegator(Plain())
next(g)
print(g.throw(ValueError, 'from type'))

print('-- nested generators reach the iterator')
def outer():
    yield from delegator(Iter())


g = outer()
next(g)
print(g.throw(TypeError))

print('-- throw attribute on the instance')
p = Plain()
p.throw = lambda *a: 'instance throw %d' % len(a)
g = delegator(p)
next(g)
print(g.throw(ValueError))

print('-- a throw that raises')
class Raiser(Plain):
    def throw(self, *a):
        raise ValueError('from throw')


g = delegator(Raiser())
next(g)
print(g.throw(RuntimeError))

print('-- GeneratorExit closes the delegate')
class Closable(Plain):
    def close(self):
        print('  close called')

    def throw(self, *a):
        print('  throw not called')


g = delegator(Closable())
next(g)
g.close()
print('closed', g.gi_frame is None)

print('-- references')
it = Iter()
before = sys.getrefcount(it)
g = delegator(it)
next(g)
g.throw(ValueError)
print(sys.getrefcount(it) - before)
del g
print(sys.getrefcount(it) - before)
