# timeit.timeit/repeat and Timer with string and callable statements, setup, globals=;
# times vary, so only their types and signs are printed.
import timeit, sys, io

def nonneg(x):
    return type(x).__name__, x >= 0

print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(nonneg(timeit.timeit('x = 1 + 1', number=1000)))
print(nonneg(timeit.timeit(number=10)))
print(nonneg(timeit.timeit('y = x * 2', setup='x = 21', number=100)))
r = timeit.repeat('[i for i in range(10)]', repeat=3, number=50)
print(type(r).__name__, len(r), all(v >= 0 for v in r), [type(v).__name__ for v in r])
print(len(timeit.repeat(number=1)))

calls = []
def stmt():
    calls.append('s')
def setup():
    calls.append('setup')
print(nonneg(timeit.timeit(stmt, setup=setup, number=4)))
print(calls)

t = timeit.Timer('total = sum(data)', setup='data = list(range(100))')
print(nonneg(t.timeit(number=20)))
print([x >= 0 for x in t.repeat(repeat=2, number=5)])

data = [3, 1, 2]
print(nonneg(timeit.timeit('sorted(data)', globals={'data': data}, number=10)))
print(nonneg(timeit.timeit('sorted(data)', globals=globals(), number=10)))
try:
    timeit.timeit('sorted(data)', number=1)
except NameError as e:
    print('NameError', e)

multi = """
total = 0
for i in range(5):
    total += i
"""
print(nonneg(timeit.timeit(multi, number=3)))

