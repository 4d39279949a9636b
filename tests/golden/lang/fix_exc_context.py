# __context__ is set where an exception is raised (RAISE_VARARGS, a native error, a
# throw into a generator handling one): the handled exception, replacing any old
# context, after cutting the new exception out of the chain. Propagating out of
# calls never changes it; a bare raise keeps it.
import sys
def chain(e):
    out = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        out.append(f"{type(e).__name__}({e})" + ('!' if e.__suppress_context__ else '') + (f"<cause {type(e.__cause__).__name__}>" if e.__cause__ else ''))
        e = e.__context__
    return ' -> '.join(out) + (' ...cycle' if e is not None else '')

def raise_in_except():
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('v')

# 1: raise inside except inside a function called from an except block
try:
    try:
        raise TypeError('outer')
    except TypeError:
        raise_in_except()
except ValueError as e:
    print(1, chain(e))

# 2: re-raise an existing exception with a context while handling another
saved = None
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')
except ValueError as e:
    saved = e
try:
    try:
        raise IndexError('c')
    except IndexError:
        raise saved
except ValueError as e:
    print(2, chain(e))

# 3: bare re-raise keeps context
try:
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise ValueError('x')
        except ValueError:
            raise
except ValueError as e:
    print(3, chain(e))

# 4: raise e from None
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('n') from None
except ValueError as e:
    print(4, chain(e), e.__suppress_context__, e.__cause__)

# 5: raising the handled exception itself: no self-context
try:
    try:
        raise KeyError('self')
    except KeyError as k:
        raise k
except KeyError as e:
    print(5, chain(e))

# 6: cycle cutting: raise the outer exception while handling its context descendant
try:
    try:
        raise KeyError('A')
    except KeyError as a:
        try:
            raise ValueError('B')
        except ValueError as b:
            raise a
except KeyError as e:
    print(6, chain(e), chain(e.__context__))

# 7: exception raised with nothing handled, propagating through a frame handling one
def g():
    yield 1
    raise ValueError('from gen')
it = g()
next(it)
try:
    try:
        raise KeyError('handled')
    except KeyError:
        next(it)
except ValueError as e:
    print(7, chain(e))

# 8: exception created earlier without context, raised in callee called from except
def raiser(exc):
    raise exc
pre = ValueError('pre')
try:
    try:
        raise KeyError('h')
    except KeyError:
        raiser(pre)
except ValueError as e:
    print(8, chain(e))

# 9: exception propagating out of a function whose own handler finished, into outer handler
def f9():
    try:
        raise IndexError('i9')
    except IndexError:
        pass
    raise ValueError('v9')
try:
    try:
        raise KeyError('k9')
    except KeyError:
        f9()
except ValueError as e:
    print(9, chain(e))

# 10: context cleared manually then raised from a callee while handling
e10 = ValueError('e10')
e10.__context__ = KeyError('old')
try:
    try:
        raise TypeError('t10')
    except TypeError:
        raiser(e10)
except ValueError as e:
    print(10, chain(e))

# 11: finally block raising
try:
    try:
        raise KeyError('k11')
    finally:
        raise ValueError('v11')
except ValueError as e:
    print(11, chain(e))

# 12: pre-existing cycle in handled chain
a = KeyError('ca'); b = ValueError('cb')
a.__context__ = b; b.__context__ = a
try:
    try:
        raise a
    except KeyError:
        raise TypeError('t12')
except TypeError as e:
    print(12, chain(e))

# 13: exception raised in a generator's except clause, consumed in caller's except
def g13():
    try:
        raise IndexError('g13')
    except IndexError:
        yield 1
        raise ValueError('v13')
it = g13()
next(it)
try:
    try:
        raise KeyError('k13')
    except KeyError:
        next(it)
except ValueError as e:
    print(13, chain(e))

# 14: with statement __exit__ raising
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError('exit')
try:
    with CM():
        raise KeyError('body')
except ValueError as e:
    print(14, chain(e))

# 15: builtin error inside except in callee
def f15():
    return 1 / 0
try:
    try:
        raise KeyError('k15')
    except KeyError:
        f15()
except ZeroDivisionError as e:
    print(15, chain(e))

# 16: gen.throw while handling
def g16():
    try:
        yield
    except KeyError:
        raise ValueError('v16')
it = g16(); next(it)
try:
    try:
        raise IndexError('i16')
    except IndexError:
        it.throw(KeyError('k16'))
except ValueError as e:
    print(16, chain(e))

# 17: raise saved exception (context already set to X) outside any handler
try:
    raise saved
except ValueError as e:
    print(17, chain(e))

def throw_cases():
    def g():
        try:
            raise KeyError('inside')
        except KeyError:
            yield
    it = g(); next(it)
    try:
        it.throw(ValueError('t'))
    except ValueError as e:
        print('throw', repr(e.__context__))
    def g2():
        yield
    it = g2(); next(it)
    try:
        try:
            raise KeyError('outer')
        except KeyError:
            it.throw(ValueError('t2'))
    except ValueError as e:
        print('throw2', repr(e.__context__))


throw_cases()


# 18: a context that dies when it is replaced
class Noisy(Exception):
    def __del__(self):
        print('freed', self.args)


err = ValueError('kept')
try:
    try:
        raise Noisy('old context')
    except Noisy:
        raise err
except ValueError:
    pass
print(18, chain(err))
try:
    try:
        raise KeyError('new context')
    except KeyError:
        raise err
except ValueError:
    pass
print(18, chain(err))
del err

# 19: the error from a failing except clause expression
try:
    try:
        raise KeyError('k19')
    except undefined_name:
        pass
except NameError as e:
    print(19, chain(e))

# 20: errors raised by native code in a callee while the caller handles one
def f20():
    return {}['missing']
try:
    try:
        raise IndexError('i20')
    except IndexError:
        list(map(lambda _: f20(), [1]))
except KeyError as e:
    print(20, chain(e))
