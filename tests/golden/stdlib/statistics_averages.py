# statistics averages: mean (exact, keeping the data's type), fmean (with weights),
# geometric_mean, harmonic_mean (with weights), the medians, mode, multimode,
# quantiles (both methods), and their errors.
import statistics as S
from fractions import Fraction as F


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


inf = float("inf")
nan = float("nan")
datasets = {
    "ints": [1, 2, 3, 4, 4],
    "ints_whole": [2, 4, 6],
    "bools": [True, False, True, True],
    "all_true": [True, True],
    "floats": [0.1, 0.2, 0.3, 0.4],
    "cancel": [1e50, 1.0, -1e50] * 100,
    "fracs": [F(3, 7), F(1, 21), F(5, 3), F(1, 3)],
    "mixed_if": [1, 2.5, 3, -0.25],
    "mixed_ff": [F(1, 3), 0.5, 2],
    "big": [10**30, 10**30 + 1, -(10**29)],
    "one": [42],
    "single_float": [2.5],
    "with_inf": [1.0, inf, 3.0],
    "with_ninf": [1.0, -inf, 3.0, inf],
    "with_nan_last": [1.0, 2.0, nan],
    "negs": [-1.5, -2.0, 4.0],
    "strs": ["a", "b"],
    "empty": [],
}
funcs = ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
         "median_high", "median_grouped", "mode", "multimode", "quantiles"]
for name, data in datasets.items():
    for f in funcs:
        if f.startswith("median") or f == "quantiles":
            if any(x != x for x in data if isinstance(x, float)):
                continue  # the sort order of NaNs is not part of this test
        show(name + " " + f, getattr(S, f), data)
    show(name + " mean(iter)", S.mean, iter(data))
    show(name + " fmean(gen)", S.fmean, (x for x in data))

show("fmean weights", S.fmean, [3.5, 4.0, 5.25], [1, 2, 3])
show("fmean weights iter", S.fmean, iter([1, 2, 3]), iter([0.5, 0.25, 0.25]))
show("fmean weights len", S.fmean, [1, 2, 3], [1, 2])
show("fmean weights len gen", S.fmean, iter([1, 2, 3]), [1, 2])
show("fmean weights zero", S.fmean, [1, 2], [0, 0.0])
show("fmean weights empty", S.fmean, [], [])
show("fmean str", S.fmean, ["a"])
show("harmonic", S.harmonic_mean, [40, 60])
show("harmonic weights", S.harmonic_mean, [40, 60], weights=[5, 30])
show("harmonic weights frac", S.harmonic_mean, [F(1, 2), F(3, 4)], weights=[F(1, 3), 2])
show("harmonic zero", S.harmonic_mean, [1, 0, 3])
show("harmonic zero weight", S.harmonic_mean, [1, 0, 3], weights=[1, 0, 1])
show("harmonic weights neg", S.harmonic_mean, [1, 2], weights=[1, -1])
show("harmonic weights len", S.harmonic_mean, [1, 2], weights=[1])
show("harmonic weights all zero", S.harmonic_mean, [1, 2], weights=[0, 0])
show("harmonic one neg", S.harmonic_mean, [-1])
show("harmonic one str", S.harmonic_mean, ["x"])
show("harmonic one frac", S.harmonic_mean, [F(2, 3)])
show("harmonic iter", S.harmonic_mean, iter([1, 2, 4]))
show("geometric", S.geometric_mean, [54, 24, 36])
show("geometric zero", S.geometric_mean, [1, 0])
show("geometric neg", S.geometric_mean, [1, -2])
show("geometric frac", S.geometric_mean, [F(1, 2), F(8)])
show("median_grouped interval", S.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2)
show("median_grouped frac interval", S.median_grouped, [52, 52, 53, 54], F(1, 2))
show("median_grouped str interval", S.median_grouped, [1, 2], "x")
show("median_grouped None interval", S.median_grouped, [1, 2], None)
show("median_grouped strs", S.median_grouped, ["a", "b"])
show("mode strs", S.mode, "aabbbcc")
show("mode ties", S.mode, [1, 1, 2, 2, 3])
show("mode 1 == 1.0 == True", S.mode, [1.0, True, 1, 2])
show("mode unhashable", S.mode, [[1], [1]])
show("multimode", S.multimode, "aabbbbccddddeeffffgg")
show("multimode iter", S.multimode, iter([3, 1, 3, 1, 2]))
for method in ["exclusive", "inclusive"]:
    for n in [1, 2, 3, 4, 5, 10]:
        show("quantiles %s %d" % (method, n), S.quantiles, [105, 129, 87, 86, 111, 111, 89, 81],
             n=n, method=method)
    show("quantiles %s fracs" % method, S.quantiles, [F(1, 3), F(1, 2), 2, 5], n=3, method=method)
    show("quantiles %s two" % method, S.quantiles, [1.5, 2.5], n=4, method=method)
show("quantiles n=0", S.quantiles, [1, 2, 3], n=0)
show("quantiles one point", S.quantiles, [1], n=4)
show("quantiles bad method", S.quantiles, [1, 2, 3], method="middle")
show("quantiles float n", S.quantiles, [1, 2, 3], n=2.5)
show("quantiles positional n", S.quantiles, [1, 2, 3], 4)
print(issubclass(S.StatisticsError, ValueError), S.StatisticsError.__mro__)
