import heapq, random
random.seed(42)
data = [random.randrange(100) for _ in range(20)]
print(data)
h = list(data); heapq.heapify(h); print(h)
print([heapq.heappop(h) for _ in range(5)], h)
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda x: -x), heapq.nsmallest(3, enumerate(data), key=lambda p: p[1]))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data, key=str), heapq.nlargest(100, [3, 1, 2]), heapq.nlargest(2, iter([5, 1, 9, 3])))
print(list(heapq.merge([1, 3, 5], [2, 2, 6], key=lambda x: x)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
r = random.Random(123)
print(r.random(), r.randint(-5, 5), r.randrange(10, 0, -2), r.choice(range(100)), r.getrandbits(32), r.uniform(5, 1))
print(r.sample(range(10), k=10), r.choices([1, 2, 3], k=0), r.choices('ab', [0.1, 0.9]), r.shuffle([1]))
print([round(r.gauss(), 6) for _ in range(3)], [round(r.normalvariate(), 6) for _ in range(2)], r.triangular(), r.triangular(1, 1))
print(r.randrange(2 ** 100), r.randrange(-10, -5), r.randbytes(0), r.randbytes(3).hex(), r.getrandbits(100))
state = r.getstate(); print(type(state), len(state), state[0], len(state[1]))
r2 = random.Random(); r2.setstate(state); print(r2.random() == r.random())
print(random.Random(0).random(), random.Random(2 ** 100).random(), random.Random(-1).random() == random.Random(1).random(), random.Random('abc').random(), random.Random(b'abc').random(), random.Random(bytearray(b'abc')).random())
print(random.Random(3.0).random() if False else '', random.Random(True).random() == random.Random(1).random())
sr = random.SystemRandom(); print(type(sr.random()).__name__, 0 <= sr.randint(1, 2) <= 2)
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(1); print(m.random(), m.choice('abc'), m.randrange(10), m.uniform(0, 10))
try:
    random.Random().setstate((9, (), None))
except ValueError as e:
    print('ValueError', e)
try:
    random.sample([1, 2], -1)
except ValueError as e:
    print('ValueError', e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)
try:
    random.choices([1, 2], weights=[1, 2], cum_weights=[1, 3])
except TypeError as e:
    print('TypeError', e)
try:
    random.choices([1, 2], weights=[0, 0])
except ValueError as e:
    print('ValueError', e)
print(random.Random(5).binomialvariate(10) if hasattr(random.Random, 'binomialvariate') else 'n/a')
