class AppError(Exception):
    pass
def f(x):
    try:
        if x == 0:
            raise AppError("zero")
        return 10 // x
    except AppError as e:
        print("caught", repr(e))
        return -1
    else:
        print("no error")
    finally:
        print("finally", x)
print(f(0), f(5))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
try:
    raise TypeError("a", 1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e.args, str(e))
