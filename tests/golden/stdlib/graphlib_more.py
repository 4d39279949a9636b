# graphlib: duplicates, self-loops, misuse errors, incremental processing, random graphs.
import gc
import random
from graphlib import TopologicalSorter, CycleError


def attempt(label, func, *args):
    try:
        print(label, func(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


ts = TopologicalSorter({'b': 'a', 'c': ['a', 'a'], 'd': ('b', 'c')})
ts.add('e')
ts.add('e', 'd')
ts.prepare()
print(ts.get_ready(), ts.get_ready(), bool(ts))
attempt('done c early', ts.done, 'c')
attempt('done e early', ts.done, 'e')
ts.done()
ts.done('a')
print(ts.get_ready())
attempt('done mixed', ts.done, 'b', 'a')
print(ts.get_ready(), ts.is_active())
ts.done('c')
print(ts.get_ready())
ts.done('d')
print(ts.get_ready(), ts.is_active())
ts.done('e')
print(ts.get_ready(), ts.is_active(), bool(ts))
attempt('done unhashable', ts.done, [1])
attempt('add unhashable', TopologicalSorter().add, [1])
attempt('add pred unhashable', TopologicalSorter().add, 1, {})
attempt('graph not mapping', TopologicalSorter, [1, 2])
attempt('done before prepare', TopologicalSorter().done, 1)
attempt('bool before prepare', bool, TopologicalSorter())

it = TopologicalSorter({1: [2]}).static_order()
print(type(it).__name__, next(it), list(it))
ts = TopologicalSorter({1: [2]})
ts.prepare()
attempt('static after prepare', list, ts.static_order())

for g in [{'a': ['a']}, {1: [2, 3], 2: [3], 3: [1]}, {1: [2], 2: [1], 3: [4], 4: [3]},
          {None: [0], 0: [None]}, {'x': ['y', 'z'], 'z': ['x'], 'y': []}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(repr(e), e.args[1], type(e.args[1]).__name__)

rng = random.Random(7)
for trial in range(40):
    n = rng.randint(1, 7)
    ts = TopologicalSorter()
    for _ in range(rng.randint(0, 9)):
        ts.add(rng.randrange(n), *[rng.randrange(n) for _ in range(rng.randint(0, 3))])
    try:
        print(trial, list(ts.static_order()))
    except CycleError as e:
        print(trial, 'cycle', e.args[1])


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Node({self.name})'

    def __del__(self):
        print('del', self.name)


a, b = Node('a'), Node('b')
ts = TopologicalSorter({a: [b]})
del a, b
print(list(ts.static_order()))
del ts
print('after del', gc.collect())
print(TopologicalSorter[int], CycleError.__mro__[1].__name__, CycleError.__doc__ is not None)
