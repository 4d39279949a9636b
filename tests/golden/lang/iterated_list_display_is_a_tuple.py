# fold_iter: a list display that is only iterated (for, comprehension, `in`) is
# compiled as a tuple, a constant one when its items are constants.
import sys, gc
c = (x for x in [1])
print(type(c.gi_frame.f_locals['.0']).__name__ if False else '', [type(x).__name__ for x in gc.get_referents(c) if 'iter' in type(x).__name__])
a = 5
for x in [a, 2]: pass
print(2 in [1, 2], a not in [a, 3], 3 in [*[3]], [y for y in [a, a]])
def f(v): return v in [1, 2, 3]
print(f.__code__.co_consts)
def g(v): return [i for i in [v, 1]]
print(g(0))
for x in [[1], [2]]: print(x)
print([z for z in [1, 2] if z in [2]])
