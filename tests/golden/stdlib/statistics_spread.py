# statistics spread: variance, pvariance, stdev, pstdev with exact sums and the
# data's result type (int / float / Fraction), given means, non-finite values,
# errors, and many seeded random data sets of ints, floats, Fractions and mixes.
import random
import statistics as S
from fractions import Fraction as F


def show(label, f, *args):
    try:
        r = f(*args)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


inf = float("inf")
nan = float("nan")
datasets = {
    "doc": [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    "ints": [1, 2, 3, 4],
    "ints_whole": [1, 3, 5, 7],
    "same": [5, 5, 5],
    "same_float": [0.1, 0.1, 0.1],
    "bools": [True, False, False, True, True],
    "fracs": [F(1, 6), F(1, 2), F(5, 3)],
    "mixed": [1, F(1, 2), 0.25],
    "cancel": [1e20, 1.0, -1e20, 3.0],
    "tiny": [1e-300, 2e-300, 4e-300],
    "huge": [1e300, -1e300, 5e299],
    "big_ints": [10**40, 10**40 + 2, 10**40 + 7],
    "one": [3.5],
    "with_inf": [1.0, 2.0, inf],
    "with_nan": [1.0, nan],
    "infs": [inf, -inf],
    "strs": ["a", "b"],
    "empty": [],
}
for name, data in datasets.items():
    for f in ["variance", "pvariance", "stdev", "pstdev"]:
        show(name + " " + f, getattr(S, f), data)
    show(name + " pvariance(iter)", S.pvariance, iter(data))

show("variance xbar", S.variance, [1, 2, 3, 4], 2.5)
show("variance xbar frac", S.variance, [1, 2, 3, 4], F(5, 2))
show("variance xbar int", S.variance, [1, 2, 3, 4], 2)
show("pvariance mu", S.pvariance, [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], 1.25)
show("pstdev mu wrong", S.pstdev, [1, 2, 3], 10)
show("stdev xbar float", S.stdev, [F(1, 2), F(3, 2)], 1.0)
show("variance xbar iter", S.variance, iter([1.5, 2.5, 4.0]), 2.0)
show("variance xbar str", S.variance, [1, 2], "x")
show("stdev overflow", S.stdev, [1.7e308, -1.7e308])

rng = random.Random(12345)
for i in range(60):
    n = rng.choice([2, 3, 5, 8, 13, 30])
    kind = rng.choice(["int", "float", "frac", "mixed", "bigfloat"])
    data = []
    for _ in range(n):
        k = kind if kind != "mixed" else rng.choice(["int", "float", "frac"])
        if k == "int":
            data.append(rng.randint(-1000, 1000))
        elif k == "float":
            data.append(rng.uniform(-100, 100))
        elif k == "bigfloat":
            data.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-50, 50))
        else:
            data.append(F(rng.randint(-500, 500), rng.randint(1, 97)))
    results = []
    for f in [S.mean, S.variance, S.pvariance, S.stdev, S.pstdev, S.median, S.harmonic_mean]:
        try:
            r = f(data)
            results.append("%s %r" % (type(r).__name__, r))
        except Exception as e:
            results.append("%s %s" % (type(e).__name__, e))
    print(i, kind, n, " | ".join(results))
