# More error paths of random with CPython's exception types and messages.
import random

r = random.Random(3)
cases = [
    lambda: r.choices('ab', k=1.5),
    lambda: r.choices('ab', k='2'),
    lambda: r.choices('', k=1),
    lambda: r.choices('ab', [1, 'x']),
    lambda: r.choices('ab', cum_weights=[1, 'x']),
    lambda: r.choices('ab', 2.5),
    lambda: r.choices(5),
    lambda: r.sample([1, 2, 3], 1.5),
    lambda: r.sample([1, 2, 3], '1'),
    lambda: r.sample(range(3), 2, counts=5),
    lambda: r.sample(range(3), 2, counts=[1, 2, 'x']),
    lambda: r.sample(range(2), 2, counts=[-1, 1]),
    lambda: r.sample(iter([1, 2]), 1),
    lambda: r.shuffle('abc'),
    lambda: r.shuffle(5),
    lambda: r.randrange(),
    lambda: r.randrange(1, 2, 3, 4),
    lambda: r.randrange(10, stop=None, step=2),
    lambda: r.randrange(0, 10**20, 0),
    lambda: r.randrange(3, 1, 1),
    lambda: r.randint(1),
    lambda: r.randint(1, 2.5),
    lambda: r.randbytes(1.5),
    lambda: r.randbytes('a'),
    lambda: r.triangular(1, 'a'),
    lambda: r.triangular(0, 1, 'a'),
    lambda: r.gauss('a'),
    lambda: r.expovariate(),
    lambda: r.lognormvariate(0),
    lambda: r.gammavariate('a', 1),
    lambda: r.betavariate(0, 1),
    lambda: r.vonmisesvariate(0, 'k'),
    lambda: r.weibullvariate(1, 0),
    lambda: r.paretovariate('a'),
    lambda: r.seed(1, version=3),
    lambda: r.seed('abc', version=3),
    lambda: r.seed(object()),
    lambda: r.seed(1, 2, 3),
    lambda: r.setstate(None),
    lambda: r.setstate((3, 1)),
    lambda: r.setstate((1, (), None)),
    lambda: r.setstate(('x', (), None)),
    lambda: r.setstate((2, (1.5,) * 625, None)),
    lambda: random.Random(1, 2),
    lambda: random.SystemRandom().getrandbits(-2),
    lambda: random.SystemRandom().getrandbits(1.5),
    lambda: random.SystemRandom().setstate(1),
    lambda: random.SystemRandom().randbytes(-1),
]
for i, case in enumerate(cases):
    try:
        result = case()
    except Exception as e:
        print(i, type(e).__name__, e)
    else:
        print(i, 'ok', result if not isinstance(result, float) else round(result, 6))
