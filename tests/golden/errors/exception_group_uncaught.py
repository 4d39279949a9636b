# An exception group reaching the top level, with nested groups, notes and a chain.
def f():
    raise ValueError(1)


def g():
    try:
        f()
    except Exception as e:
        raise TypeError(2) from e


try:
    g()
except TypeError as t:
    t1 = t
t1.add_note("a note\nsecond line")
inner = ExceptionGroup("inner", [KeyError('k'), OSError(2, 'x')])
print("raising")
raise ExceptionGroup("outer", [t1, inner, ZeroDivisionError()])
