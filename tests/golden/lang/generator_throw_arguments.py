# gen.throw(type, value): the value normalized as CPython (instance kept, tuple as args,
# None as none), and the TypeErrors for non-exceptions and instance-plus-value.
def g():
    try:
        yield 1
    except Exception as e:
        print('got', repr(e))
        yield 2
for args in [(KeyError,), (KeyError, 'k'), (KeyError, KeyError('v')), (KeyError, ('a', 'b')), (KeyError('i'),), (KeyError, None)]:
    it = g(); next(it)
    print(it.throw(*args))
for args in [('x',), (KeyError('i'), 1), (int,)]:
    it = g(); next(it)
    try:
        it.throw(*args)
    except TypeError as e:
        print('TypeError', e)
