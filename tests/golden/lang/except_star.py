# except* (PEP 654): matching, wrapping of naked exceptions, re-raising, raising in a
# handler, sys.exc_info() in a handler, else/finally, and what reaches the caller.
import sys


def run(f):
    try:
        f()
        print("returned")
    except BaseException as e:
        print("raised", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("  ", repr(x), repr(x.__context__))


def partial():
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as v:
        print("V", repr(v))
    except* KeyError as k:
        print("K", repr(k))


def naked():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print(repr(e), e.__traceback__ is None, e.exceptions[0].__traceback__ is not None)


def naked_reraise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def naked_unmatched():
    try:
        raise ValueError(1)
    except* TypeError:
        print("not here")


def reraise_all():
    try:
        g = ExceptionGroup('x', [ValueError(1), TypeError(2)])
        g.add_note("N")
        raise g
    except* ValueError:
        raise


def mixed():
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise RuntimeError(5)


def raise_from_handler():
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* ValueError:
        raise KeyError('k') from None


def exc_info():
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2)])
    except* ValueError:
        print(repr(sys.exc_info()[1]), repr(sys.exception()))
    except* TypeError as t:
        print(repr(sys.exc_info()[1]), sys.exc_info()[1] is t)
    print(sys.exc_info())


def else_finally():
    for exc in [None, ValueError(1)]:
        try:
            if exc:
                raise exc
        except* ValueError as v:
            print("handled", repr(v))
        else:
            print("else")
        finally:
            print("finally")


def tuple_types():
    try:
        raise ExceptionGroup('x', [ValueError(1), OSError(2), TypeError(3)])
    except* (ValueError, OSError) as e:
        print("tuple", repr(e))
    except* Exception as e:
        print("rest", repr(e))


def bad_type():
    try:
        raise ValueError(3)
    except* (TypeError, ExceptionGroup):
        pass


def bad_type2():
    try:
        raise ValueError(3)
    except* int:
        pass


def base_exceptions():
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as k:
        print(repr(k))


def nested_try():
    try:
        try:
            raise ExceptionGroup('a', [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner V")
    except* TypeError as t:
        print("outer T", repr(t))


def loops():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup('l', [ValueError(i)])
        except* ValueError as v:
            for j in range(3):
                if j == 1:
                    break
                out.append((i, j))
    print(out)


for f in [partial, naked, naked_reraise, naked_unmatched, reraise_all, mixed,
          raise_from_handler, exc_info, else_finally, tuple_types, bad_type, bad_type2,
          base_exceptions, nested_try, loops]:
    print("--", f.__name__)
    run(f)
