# Ranges longer than sys.maxsize: len() overflows, but truth, indexing, membership,
# index() and count() work on the exact numbers, as in CPython.
import sys
r = range(10**20)
for expr in ["len(r)", "r.__len__()", "len(range(-10**20, 0))", "bool(r)", "bool(range(10**20, 0))",
             "r[10**19]", "r[-1]", "r[-10**20]", "len(range(2**63 - 1))", "len(range(2**63))",
             "len(range(-2**63, 2**63 - 1))", "r.index(5)", "r.index(10**19 + 7)", "r.count(3)",
             "r.count(-1)", "10**19 in r", "-1 in r", "r.index(-1)", "r.index(10**20)",
             "range(0, 10**30, 7).index(7 * 10**20)", "range(10**30, 0, -3).count(10**30 - 6)",
             "range(5).index(3.0)", "range(5).count(2.0)", "range(5).index(True)",
             "range(5).count(True)", "range(5).index('x')", "range(5).index(7.5)",
             "range(0, 20, 5).index(10)", "range(0, 20, 5).index(11)", "range(20, 0, -5).index(5)",
             "range(3).index()", "range(3).count(1, 2)", "bool(range(0))", "bool(range(1, 0))",
             "len(range(sys.maxsize))", "range(2**64)[2**63:][:3]", "list(range(2**64, 2**64 + 3))"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class I(int):
    pass


print(range(5).index(I(3)), range(5).count(I(2)))
