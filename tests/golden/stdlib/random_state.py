# getstate/setstate (versions 2 and 3), pickling hooks and copies, _random.Random itself and
# subclassing, refcounts and sizes of what the generators return.
import random, _random, sys, copy

r = random.Random(31337)
state = r.getstate()
print(type(state), len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:3])
ahead = [r.random() for _ in range(5)]
r.setstate(state)
print(ahead == [r.random() for _ in range(5)])

# A version-2 state may hold signed words: they are taken modulo 2**32.
words = tuple(w - 2**32 if w > 2**31 else w for w in state[1][:624]) + (state[1][624],)
r.setstate((2, words, None))
print(r.getstate()[1] == state[1], r.random() == ahead[0])

# The state tuple is fresh each time.
s1, s2 = r.getstate(), r.getstate()
print(s1 == s2, s1 is s2, sys.getrefcount(s1), sys.getrefcount(s1[1]))
print(sys.getrefcount(r.random()), sys.getrefcount(r.getrandbits(100)), sys.getrefcount(r.randbytes(3)))

# Pickling protocol and copies keep the stream.
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1], len(r.__reduce__()[2][1]))
c = copy.copy(r)
d = copy.deepcopy(r)
x = r.random()
print(type(c).__name__, c.random() == x, d.random() == x)
e = random.Random()
e.__setstate__(r.__getstate__())
print(e.random() == r.random())

# _random.Random: the native generator under random.Random.
print(random.Random.__mro__)
print(_random.Random.__module__, _random.Random.__name__, _random.Random.__doc__)
g = _random.Random(3)
print(g.random(), g.getrandbits(5), g.getrandbits(40), len(g.getstate()))
g.seed(3)
print(g.random())
g.seed()
print(0 <= g.random() < 1)
print(repr(_random.Random.random), repr(_random.Random.getrandbits))
for name in ['random', 'seed', 'getstate', 'setstate', 'getrandbits']:
    print(name, name in _random.Random.__dict__, name in random.Random.__dict__)

# A zeroed state until seeded, as a fresh C object is.
class Unseeded(_random.Random):
    def __init__(self):
        pass

u = Unseeded()
print(u.random(), u.getrandbits(8), u.getstate()[-1])

class Mine(_random.Random):
    pass

m = Mine(5)
print(m.random() == _random.Random(5).random(), isinstance(m, _random.Random))

class WithSlots(random.Random):
    __slots__ = ('extra',)

w = WithSlots(1)
w.extra = 5
print(w.random() == random.Random(1).random(), w.extra)

# Sizes: random.Random objects carry the C state.
print(sys.getsizeof(random.Random(0)), random.Random(0).__sizeof__(), _random.Random().__sizeof__())

# SystemRandom has no state.
sr = random.SystemRandom()
print(sr.seed(5), 0 <= sr.random() < 1, sr.getrandbits(12) < 4096, len(sr.randbytes(9)),
      sr.randrange(10) < 10, sr.getrandbits(0))
for f in (sr.getstate, lambda: sr.setstate(1)):
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(sorted(random.__all__))
print(random.VERSION if hasattr(random, 'VERSION') else 'no VERSION', random.BPF, random.RECIP_BPF,
      random.TWOPI, random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST)
