# statistics relations and NormalDist: covariance, correlation, linear_regression
# (plain and proportional) with their errors; NormalDist construction, properties,
# pdf/cdf/inv_cdf/quantiles/zscore/overlap, from_samples, samples, arithmetic,
# equality, hashing and repr.
import random
import statistics as S
from statistics import NormalDist


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = list(reversed(x))
show("covariance", S.covariance, x, y)
show("covariance rev", S.covariance, x, z)
show("correlation", S.correlation, x, x)
show("correlation rev", S.correlation, x, z)
show("correlation xy", S.correlation, x, y)
show("linear_regression", S.linear_regression, x, y)
show("linear_regression prop", S.linear_regression, x, y, proportional=True)
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
show("linear_regression films", S.linear_regression, year, films)
lr = S.linear_regression([1.5, 2.5, 4.0], [3.0, 5.5, 7.25])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__, S.LinearRegression.__module__)
for label, f, args in [
    ("covariance len", S.covariance, ([1, 2], [1, 2, 3])),
    ("covariance short", S.covariance, ([1], [1])),
    ("correlation constant", S.correlation, ([1, 1, 1], [1, 2, 3])),
    ("correlation len", S.correlation, ([1, 2], [1])),
    ("correlation short", S.correlation, ([], [])),
    ("linear_regression constant", S.linear_regression, ([2, 2, 2], [1, 2, 3])),
    ("linear_regression len", S.linear_regression, ([1, 2], [1])),
    ("linear_regression short", S.linear_regression, ([1], [2])),
    ("covariance iter", S.covariance, (iter([1, 2]), [1, 2])),
    ("covariance str", S.covariance, (["a", "b"], [1, 2])),
]:
    show(label, f, *args)

rng = random.Random(2024)
for i in range(25):
    n = rng.randint(2, 12)
    xs = [rng.uniform(-50, 50) for _ in range(n)]
    ys = [rng.choice([rng.randint(-9, 9), rng.uniform(-5, 5) * 10.0 ** rng.randint(-3, 3)]) for _ in range(n)]
    out = []
    for f in [S.covariance, S.correlation, S.linear_regression]:
        try:
            out.append(repr(f(xs, ys)))
        except Exception as e:
            out.append("%s %s" % (type(e).__name__, e))
    print(i, " | ".join(out))

nd = NormalDist(100, 15)
print(nd, repr(NormalDist()), NormalDist(1, 2).mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(100), nd.pdf(130), nd.pdf(-1e10), nd.cdf(100), nd.cdf(130), nd.cdf(85))
print(nd.inv_cdf(0.5), nd.inv_cdf(0.975), nd.inv_cdf(0.025), nd.inv_cdf(1e-10), nd.inv_cdf(1 - 1e-12))
print(nd.quantiles(), nd.quantiles(10), NormalDist().quantiles(1))
print(nd.zscore(130), nd.zscore(70.0))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), nd.overlap(nd), nd.overlap(NormalDist(110, 15)))
print(nd + 10, nd - 10, nd * 2, nd / 2, 10 - nd, 10 + nd, 2 * nd, -nd, +nd, nd * -2)
print(NormalDist(1, 3) + NormalDist(2, 4), NormalDist(1, 3) - NormalDist(2, 4))
print(nd == NormalDist(100, 15), nd == NormalDist(100.0, 15.0), nd != nd + 1, nd == 100, hash(nd) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples(iter([1.5, 1.5])))
print(NormalDist(5, 2).samples(4, seed=42), NormalDist(0, 1).samples(2, seed="x"))
print(NormalDist(True, 2).mean, NormalDist(3).stdev, NormalDist(sigma=0.5))
print(nd.__getstate__())
for label, f in [
    ("sigma negative", lambda: NormalDist(0, -1)),
    ("sigma str", lambda: NormalDist(0, "a")),
    ("mu str", lambda: NormalDist("a", 1)),
    ("pdf zero sigma", lambda: NormalDist(1, 0).pdf(1)),
    ("cdf zero sigma", lambda: NormalDist(1, 0).cdf(1)),
    ("zscore zero sigma", lambda: NormalDist(1, 0).zscore(1)),
    ("inv_cdf 0", lambda: nd.inv_cdf(0)),
    ("inv_cdf 1", lambda: nd.inv_cdf(1.0)),
    ("inv_cdf zero sigma", lambda: NormalDist(1, 0).inv_cdf(0.5)),
    ("overlap non-dist", lambda: nd.overlap(5)),
    ("overlap zero sigma", lambda: nd.overlap(NormalDist(0, 0))),
    ("from_samples one", lambda: NormalDist.from_samples([1])),
    ("add str", lambda: nd + "a"),
    ("mul dist", lambda: nd * nd),
    ("div zero", lambda: nd / 0),
    ("attribute", lambda: setattr(nd, "other", 1)),
]:
    show(label, f)
