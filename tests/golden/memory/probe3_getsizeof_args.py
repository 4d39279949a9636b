# sys.getsizeof's argument parsing (PyArg_ParseTupleAndKeywords "O|O") and the
# same total-argument count in other builtins parsed by Argument Clinic.
import sys


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


attempt(sys.getsizeof)
attempt(sys.getsizeof, 1)
attempt(sys.getsizeof, 1, 2)
attempt(sys.getsizeof, 1, 2, 3)
attempt(sys.getsizeof, 1, 2, 3, 4, x=1)
attempt(sys.getsizeof, object=1)
attempt(sys.getsizeof, 1, default=2)
attempt(sys.getsizeof, object=1, default=2)
attempt(sys.getsizeof, 1, foo=1)
attempt(sys.getsizeof, 1, object=2)
attempt(sys.getsizeof, 1, 2, default=3)
attempt(sys.getsizeof, default=3)
attempt(sys.getsizeof, object=1, default=2, x=3)
print(sys.getsizeof(object=0) == sys.getsizeof(0))


class Bad:
    def __sizeof__(self):
        return "big"


print(sys.getsizeof(Bad(), default=-1))
print(sys.getsizeof(Bad(), -2))

attempt(pow, 1, 2, 3, mod=4)
attempt(pow, 1, 2, mod=4, exp=1)
attempt(round, 1, 2, ndigits=3)
attempt(round, number=1, ndigits=2, x=3)
attempt(round, 1.5, ndigits=None)
attempt(pow, 1, 2, 3, 4)
attempt("a b".split, None, 1, x=1)
attempt("a b".split, sep=None, maxsplit=1, x=1)
attempt((1).to_bytes, 2, "big", signed=True, length=2)
attempt((1).to_bytes, length=2, byteorder="big")
