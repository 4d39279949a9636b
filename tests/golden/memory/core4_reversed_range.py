# reversed(range) beyond C longs: CPython's `longrange_iterator`, no error until a length
# must fit in a Py_ssize_t.
import operator


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for r in [
    range(2**70),
    range(-(2**70), 0),
    range(0, 2**70, 2),
    range(2**63),
    range(2**63 - 1),
    range(-(2**63), -(2**63) + 2),
    range(-(2**63) - 1),
    range(0, -(2**63) - 1, 2),
    range(-(2**63) + 1, 2**63 - 1),
    range(5, 0, -(2**63)),
    range(2**70, 2**70 - 10, -3),
    range(2**64, 2**64 + 3),
    range(-(2**64), -(2**64) + 7, 2),
    range(2**63 - 2, 2**63 + 1),
    range(2**62, 2**64),
    range(10),
    range(10, 0, -3),
]:
    it = reversed(r)
    print(type(it).__name__, end=" ")
    t(lambda: next(it))

t(lambda: operator.length_hint(reversed(range(2**70))))
t(lambda: list(reversed(range(2**70))))
t(lambda: list(reversed(range(2**64, 2**64 + 3))))
t(lambda: list(reversed(range(-(2**64), -(2**64) + 7, 2))))
t(lambda: list(reversed(range(2**70, 2**70 - 10, -3))))
t(lambda: list(reversed(range(2**70, 2**70))))
t(lambda: list(reversed(range(-(2**63), -(2**63) + 2))))
it = reversed(range(2**64, 2**64 + 3))
next(it)
t(lambda: it.__length_hint__())
t(lambda: list(it))
