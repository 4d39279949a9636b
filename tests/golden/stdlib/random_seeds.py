# Seeding: ints by their absolute value's 32-bit words, floats by hash, str/bytes/bytearray
# through SHA-512 (version 2) or the old string hash (version 1); then random() and
# getrandbits() give CPython's exact numbers.
import random

seeds = [0, 1, 2, 7, 42, -1, -42, 123456789, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1,
         2**64 - 1, 2**64 + 3, -(2**70), 10**50, True, False,
         0.0, 1.0, 0.5, -2.25, 1e300, float('inf'),
         '', 'a', 'hello', 'abc' * 40, 'ñ€😀', b'', b'\x00\xff', b'spam' * 50,
         bytearray(b'hello'), bytearray()]
for s in seeds:
    for version in (1, 2):
        r = random.Random()
        try:
            r.seed(s, version=version)
        except TypeError as e:
            print(repr(s)[:20], version, 'TypeError', e)
            continue
        print(repr(s)[:20], version, r.random(), r.random())
        print('  bits', r.getrandbits(0), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32),
              r.getrandbits(33), r.getrandbits(64), r.getrandbits(65), r.getrandbits(200))

# Random(x) seeds as seed(x); the same seed gives the same stream.
a, b = random.Random(99), random.Random(99)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
print(random.Random('x').random() == random.Random(b'x').random())
print(random.Random(5).random() == random.Random(-5).random())
print(random.Random(1.5).random() == random.Random(hash(1.5)).random())

# The module-level functions share one generator.
random.seed(2024)
print(random.random(), random.randint(1, 6), random.getrandbits(20), random.randbytes(5))
random.seed('2024')
print(random.random(), random.choice('abcdef'), random.uniform(1, 2))
random.seed(None)
print(0.0 <= random.random() < 1.0)

# Many consecutive draws cross the 624-word regeneration several times.
r = random.Random(12345)
draws = [r.random() for _ in range(2000)]
print(draws[0], draws[623], draws[624], draws[1999], sum(draws))
print(r.getrandbits(20000) % 10**30)
