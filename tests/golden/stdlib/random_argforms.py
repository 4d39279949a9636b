# Argument forms and edge values of random: keywords, integral floats (deprecated),
# subclasses, SystemRandom's stubs, pickling/copying state, module-level functions.
import copy
import pickle
import random
import sys
import warnings

r = random.Random(11)
print(r.randrange(start=3, stop=30, step=4), r.randrange(10, step=1), r.randint(a=1, b=3))
print(r.choices(population='xyz', k=0), r.choices([7], k=3), r.sample(population=range(5), k=0))
print(r.sample([], 0), r.sample(range(3), k=3), r.choices('ab', weights=(1, 1), k=2))
print(r.triangular(low=3, high=1), r.triangular(0, 10, mode=10), r.uniform(b=2, a=1))
print(r.gauss(mu=1, sigma=0), r.normalvariate(sigma=0), r.expovariate(lambd=-2.0) <= 0)
print(r.randbytes(0), r.getrandbits(0), r.randrange(1), r.choice([None]))
print(r.randrange(True, 5), r.randrange(-3, 0), r.randrange(10, 0, -1), r.randrange(2**100, 2**100 + 1))
print(r.vonmisesvariate(0, 1e-7) < random.TWOPI, r.gammavariate(1e-3, 1e-3) >= 0)
print(r.betavariate(1e-3, 1e-3) in (0.0, 1.0) or True, r.weibullvariate(2, 1e9) > 0)
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(random.Random.VERSION, sorted(random.__all__) == sorted(set(random.__all__)), len(random.__all__))

# Integral floats are accepted with a DeprecationWarning; others raise after warning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(r.randrange(5.0), r.randrange(2.0, 9), r.randrange(0, 10, 2.0), r.randint(1.0, 2.0))
    for args in [(2.5,), (0, 3.5), (0, 9, 0.5)]:
        try:
            r.randrange(*args)
        except ValueError as e:
            print(args, 'ValueError', e, type(e.__context__).__name__)
for w in caught:
    print(w.category.__name__, str(w.message)[:60])

# State round trips: getstate/setstate, pickle, copy, version-2 states.
r = random.Random(5)
r.gauss()
state = r.getstate()
print(state[0], len(state[1]), state[2] is not None)
a = r.random()
r.setstate(state)
print(a == r.random(), r.gauss_next is None)
r2 = pickle.loads(pickle.dumps(r))
r3 = copy.deepcopy(r)
print(type(r2).__name__, r2.random() == r.random() == r3.random())
r.setstate((2, tuple(x - 2**32 if x > 2**31 else x for x in r.getstate()[1]), None))
print(r.random() == r3.random())
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])

# Subclasses: the nearest class that defines random/getrandbits/_randbelow decides.
class OnlyRandom(random.Random):
    def random(self):
        return 0.75

class Back(OnlyRandom):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3

class Own(random.Random):
    def _randbelow(self, n):
        return n - 1

print(OnlyRandom(1).randrange(100), OnlyRandom(1).choice('abcd'), OnlyRandom(1).sample(range(10), 3))
print(Back(1).randrange(5), Own(1).randrange(3, 9), Own(1).choice('xyz'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(OnlyRandom(0).randrange(2**60))
print([str(w.message).split('\n')[0] for w in caught])

# SystemRandom: seed is a stub; state methods raise.
sr = random.SystemRandom(5)
print(sr.seed(1), 0 <= sr.random() < 1, sr.getrandbits(0), len(sr.randbytes(5)), 0 <= sr.randrange(3) < 3)
print(sr.getrandbits(1) in (0, 1), sr.getrandbits(64).bit_length() <= 64)
for name in ('getstate', 'setstate'):
    try:
        getattr(sr, name)(None) if name == 'setstate' else sr.getstate()
    except NotImplementedError as e:
        print(name, 'NotImplementedError', e)

# Module level: one shared generator, bound methods.
random.seed(77)
x = [random.random(), random.randint(0, 9), random.choice('abc'), random.getrandbits(9)]
random.seed(77)
print(x == [random.random(), random.randint(0, 9), random.choice('abc'), random.getrandbits(9)])
print(random.random.__self__ is random.seed.__self__, type(random.random.__self__) is random.Random)
st = random.getstate()
y = random.sample(range(50), 4)
random.setstate(st)
print(y == random.sample(range(50), 4))
print(sys.getsizeof(random.Random(1)) == sys.getsizeof(random.Random(2)), hasattr(random.Random(), '__dict__'))
