# The real-valued distributions: same draws, same float arithmetic as CPython.
import random

for seed in (0, 3, 99, 'dist', 2**33):
    r = random.Random(seed)
    print('seed', seed)
    print(' uniform', r.uniform(-1, 1), r.uniform(5, 5), r.uniform(10, 0), r.random())
    print(' triangular', r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(3, 3),
          r.triangular(5, 1, 2), r.triangular(0, 1, 0), r.triangular(0, 1, 1))
    print(' normal', r.normalvariate(), r.normalvariate(5, 0.1), r.normalvariate(mu=-3, sigma=2))
    print(' gauss', r.gauss(), r.gauss(1, 2), r.gauss(), r.gauss(sigma=0), r.gauss(-1))
    print(' lognorm', r.lognormvariate(0, 0.5), r.lognormvariate(1, 2))
    print(' expo', r.expovariate(0.3), r.expovariate(-2), r.expovariate(1))
    print(' vonmises', r.vonmisesvariate(0, 0), r.vonmisesvariate(3, 0.5), r.vonmisesvariate(-1, 100),
          r.vonmisesvariate(1, 1e-7))
    print(' gamma', r.gammavariate(0.2, 1), r.gammavariate(1.0, 3), r.gammavariate(7.5, 0.5),
          r.gammavariate(1.0000001, 1), r.gammavariate(0.999, 2))
    print(' beta', r.betavariate(0.5, 0.5), r.betavariate(3, 9), r.betavariate(1, 1))
    print(' pareto', r.paretovariate(1.5), r.paretovariate(3))
    print(' weibull', r.weibullvariate(2, 0.7), r.weibullvariate(1, 5))

# gauss() keeps its second value for the next call; seed() and setstate() reset or restore it.
r = random.Random(8)
first = r.gauss()
print(r.gauss_next is not None, r.getstate()[2] == r.gauss_next)
r.seed(8)
print(r.gauss_next, r.gauss() == first)

# Long runs stay identical.
r = random.Random(2718)
print(sum(r.gauss() for _ in range(500)), sum(r.expovariate(2) for _ in range(500)))
print(sum(r.gammavariate(2.5, 1) for _ in range(300)), sum(r.betavariate(2, 5) for _ in range(300)))
print(sum(r.vonmisesvariate(1, 4) for _ in range(300)), sum(r.normalvariate() for _ in range(500)))
