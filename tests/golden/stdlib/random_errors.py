# Every error of random and _random, with CPython's type and message.
import random, _random

r = random.Random(7)
sr = random.SystemRandom()
cases = {
    'randrange(0)': lambda: r.randrange(0),
    'randrange(-3)': lambda: r.randrange(-3),
    'randrange(5, 5)': lambda: r.randrange(5, 5),
    'randrange(5, 2)': lambda: r.randrange(5, 2),
    'randrange step 0': lambda: r.randrange(0, 10, 0),
    'randrange empty step': lambda: r.randrange(0, 10, -1),
    'randrange step no stop': lambda: r.randrange(10, step=2),
    'randrange(1.5)': lambda: r.randrange(1.5),
    'randrange(0, 2.5)': lambda: r.randrange(0, 2.5),
    'randrange step 1.5': lambda: r.randrange(0, 10, 1.5),
    "randrange('a')": lambda: r.randrange('a'),
    "randrange(0, 'b')": lambda: r.randrange(0, 'b'),
    'randrange(None)': lambda: r.randrange(None),
    'randint(1, 0)': lambda: r.randint(1, 0),
    "randint('a', 'b')": lambda: r.randint('a', 'b'),
    'choice([])': lambda: r.choice([]),
    "choice('')": lambda: r.choice(''),
    'choice({})': lambda: r.choice({}),
    'choice(5)': lambda: r.choice(5),
    'sample(set)': lambda: r.sample({1, 2}, 1),
    'sample(dict)': lambda: r.sample({1: 2}, 1),
    'sample too many': lambda: r.sample([1, 2], 3),
    'sample negative': lambda: r.sample([1, 2], -1),
    'sample counts len': lambda: r.sample([1, 2], 1, counts=[1]),
    'sample counts zero': lambda: r.sample([1, 2], 1, counts=[0, 0]),
    'sample counts float': lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]),
    'sample counts too many': lambda: r.sample([1, 2], 4, counts=[1, 2]),
    'sample no k': lambda: r.sample([1, 2]),
    'choices([])': lambda: r.choices([]),
    'choices k positional': lambda: r.choices('ab', 3),
    'choices weights len': lambda: r.choices('ab', [1]),
    'choices both': lambda: r.choices('ab', [1, 2], cum_weights=[1, 2]),
    'choices zero': lambda: r.choices('ab', [0, 0]),
    'choices inf': lambda: r.choices('ab', [1, float('inf')]),
    'choices negative': lambda: r.choices('ab', [-1, -2]),
    'choices str weights': lambda: r.choices('ab', ['a', 'b']),
    'choices cum len': lambda: r.choices('ab', cum_weights=[1]),
    'choices k=-1': lambda: r.choices('ab', None, k=-1),
    'gammavariate(0, 1)': lambda: r.gammavariate(0, 1),
    'gammavariate(1, -1)': lambda: r.gammavariate(1, -1),
    'expovariate(0)': lambda: r.expovariate(0),
    'paretovariate(0)': lambda: r.paretovariate(0),
    'seed([1])': lambda: r.seed([1]),
    'seed({})': lambda: r.seed({}),
    'seed(1j)': lambda: r.seed(1j),
    'seed(bytearray, version=1)': lambda: r.seed(bytearray(b'x'), version=1),
    'setstate((1, 2, 3))': lambda: r.setstate((1, 2, 3)),
    'setstate((4,))': lambda: r.setstate((4,)),
    'setstate short': lambda: r.setstate((3, (0,) * 10, None)),
    'setstate list': lambda: r.setstate((3, [0] * 625, None)),
    'setstate v2 str': lambda: r.setstate((2, ('a',) * 625, None)),
    'getrandbits(-1)': lambda: r.getrandbits(-1),
    'getrandbits(1.0)': lambda: r.getrandbits(1.0),
    'getrandbits()': lambda: r.getrandbits(),
    'getrandbits(2, 3)': lambda: r.getrandbits(2, 3),
    'getrandbits(k=3)': lambda: r.getrandbits(k=3),
    'getrandbits(2**40)': lambda: r.getrandbits(2**40),
    'random(1)': lambda: r.random(1),
    'randbytes(-1)': lambda: r.randbytes(-1),
    'shuffle tuple': lambda: r.shuffle((1, 2)),
    'uniform str': lambda: r.uniform('a', 'b'),
    'normalvariate str': lambda: r.normalvariate('x'),
    '_random.Random(1, 2)': lambda: _random.Random(1, 2),
    '_random.Random(a=1)': lambda: _random.Random(a=1),
    '_random.Random([])': lambda: _random.Random([]),
    '_random.Random.random(3)': lambda: _random.Random.random(3),
    '_random seed 2 args': lambda: _random.Random.seed(r, 1, 2),
    '_random seed keyword': lambda: _random.Random().seed(n=1),
    'getstate(1)': lambda: _random.Random().getstate(1),
    '_random setstate list': lambda: _random.Random().setstate([]),
    '_random setstate size': lambda: _random.Random().setstate((0,) * 3),
    '_random setstate index': lambda: _random.Random().setstate((0,) * 624 + (625,)),
    '_random setstate index -1': lambda: _random.Random().setstate((0,) * 624 + (-1,)),
    '_random setstate index float': lambda: _random.Random().setstate((0,) * 624 + (1.0,)),
    '_random setstate index big': lambda: _random.Random().setstate((0,) * 624 + (2**64,)),
    '_random setstate negative': lambda: _random.Random().setstate((-1,) * 625),
    '_random setstate big': lambda: _random.Random().setstate((2**64,) * 625),
    '_random setstate float': lambda: _random.Random().setstate((1.5,) * 625),
    'Random(1, 2)': lambda: random.Random(1, 2),
    'Random(y=2)': lambda: random.Random(y=2),
    'SystemRandom.getstate': lambda: sr.getstate(),
    'SystemRandom.getrandbits(-1)': lambda: sr.getrandbits(-1),
}
for name, case in cases.items():
    try:
        print(name, '->', repr(case()))
    except Exception as e:
        print(name, '->', type(e).__name__, e)

# Wide setstate words are cut to 32 bits, as C's conversion does.
g = _random.Random()
g.setstate((2**32 + 5,) * 624 + (624,))
print(g.getstate()[:2], g.random())

# An error leaves the state untouched.
g = random.Random(1)
before = g.getstate()
try:
    g.setstate((3, (0,) * 624 + (700,), None))
except ValueError as e:
    print('ValueError', e)
print(g.getstate() == before)
random.Random().randrange(0, 1, 0)
