import random
random.seed(2024)
suits = '♠♥♦♣'; ranks = '23456789TJQKA'
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(' '.join(h))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
from collections import Counter
hist = Counter(rolls)
for total in range(2, 13):
    print(f'{total:2d} {hist[total]:3d}')
rng = random.Random(99)
print(rng.choice(['rock', 'paper', 'scissors']), rng.sample(range(1, 50), 6), rng.random())
print(''.join(rng.choices('abcdefghijklmnopqrstuvwxyz0123456789', k=12)))
pts = [(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in range(2000)]
print(4 * sum(x * x + y * y <= 1 for x, y in pts) / len(pts))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
random.seed('same'); a = [random.random() for _ in range(3)]
random.seed('same'); b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(10 ** 30); print(random.random(), random.randrange(10 ** 20), random.getrandbits(1), random.getrandbits(0))
random.seed(-5); print(random.random()); random.seed(5); print(random.random())
random.seed(3.5) if False else None
try:
    random.seed([1])
except TypeError as e:
    print('TypeError', e)
print(random.Random(0).binomialvariate(10, 0.5) if hasattr(random.Random, 'binomialvariate') else 'no binomial')
