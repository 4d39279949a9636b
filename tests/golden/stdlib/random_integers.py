# Integer choices: randrange (every step form), randint, choice, shuffle, sample (also with
# counts=), choices (weights, cum_weights, k), randbytes -- drawn as CPython draws them.
import random

for seed in (0, 1, 17, 'abc', 2**40):
    r = random.Random(seed)
    print('seed', seed)
    print(' randrange', [r.randrange(10) for _ in range(8)], r.randrange(1, 2), r.randrange(-10, 10),
          r.randrange(0, 100, 3), r.randrange(100, 0, -7), r.randrange(2**80), r.randrange(-5, 5, 2),
          r.randrange(10, 0, -1), r.randrange(10**30, 10**30 + 5) - 10**30)
    print(' randint', [r.randint(1, 6) for _ in range(10)], r.randint(-3, 3), r.randint(5, 5),
          r.randint(0, 2**100))
    print(' choice', r.choice('xyz'), r.choice(range(1000)), r.choice([None]), r.choice((1, 2, 3)),
          r.choice(range(0, 100, 7)))
    for n in (0, 1, 2, 5, 10, 30):
        lst = list(range(n))
        r.shuffle(lst)
        print(' shuffle', n, lst)
    words = ['a', 'b', 'c', 'd']
    r.shuffle(words)
    print(' shuffle words', words)
    print(' sample', r.sample(range(50), 20), r.sample(range(10**6), 6), r.sample(list('abcdefgh'), 8))
    print(' sample', r.sample(('x', 'y', 'z'), 0), r.sample(range(30), 26), r.sample(range(100), 22),
          r.sample('abc', k=5, counts=[1, 2, 3]), r.sample(['r', 'b'], counts=[4, 2], k=6))
    print(' choices', r.choices(range(7)), r.choices('abcd', k=7), r.choices('abcd', weights=[0, 1, 0.5, 3], k=6))
    print(' choices', r.choices('abcd', cum_weights=[1, 1, 2, 10], k=6), r.choices([1, 2], [1, 1]),
          r.choices('ab', [1, 2], k=0), r.choices(range(3), [1, 2, 3], k=4), r.choices('ab', [2**70, 1], k=3))
    print(' randbytes', r.randbytes(0), r.randbytes(1), r.randbytes(7), r.randbytes(33))

# A subclass that only has random() draws integers from random() alone.
class Lcg(random.Random):
    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31

    def seed(self, a=None, version=2):
        self.x = 12345 if a is None else a

m = Lcg()
print([m.randrange(100) for _ in range(10)], m.choice('abcdef'), m.sample(range(40), 5))
print(m._randbelow.__func__ is random.Random._randbelow_without_getrandbits)
try:
    m._randbelow(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# A subclass with its own getrandbits keeps the bit-based draw.
class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)

b = Bits(4)
print(b.randrange(1000), b._randbelow.__func__ is random.Random._randbelow_with_getrandbits)
