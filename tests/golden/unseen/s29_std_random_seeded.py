# Reproducible simulations with a seeded random generator
import random

random.seed(2023)
print([round(random.random(), 6) for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(0, 100, 5), random.randrange(50))
deck = [f"{r}{s}" for s in "SH" for r in "A23456789"]
random.shuffle(deck)
print(deck)
print(random.choice(deck), random.sample(deck, 4))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=5))
print(round(random.uniform(1.5, 2.5), 6), round(random.gauss(0, 1), 6))
print(round(random.normalvariate(10, 2), 6), round(random.expovariate(0.5), 6))
print(random.getrandbits(40), random.getrandbits(1))
print(round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6))

rng = random.Random(42)
print(rng.randint(0, 1000), rng.random())
state = rng.getstate()
x = [rng.random() for _ in range(3)]
rng.setstate(state)
print(x == [rng.random() for _ in range(3)])

random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.randint(0, 10**20))
random.seed(12345678901234567890)
print(random.random())
random.seed(-5)
print(random.random())

walk = 0
random.seed(7)
path = []
for step in range(15):
    walk += random.choice((-1, 1))
    path.append(walk)
print(path)
print(random.sample(range(1000), k=5), random.sample("abcdef", 6))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
print(random.randbytes(6).hex())
