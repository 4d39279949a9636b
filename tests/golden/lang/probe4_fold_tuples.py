# Constant folding of tuples (ast_opt.c): tuple concatenation, repetition within
# safe_multiply's limits, indexing, and the iterables of `for`, comprehensions
# and `in` (a list display becomes a tuple, a set display a frozenset).
import sys


def consts(f):
    out = []
    for c in f.__code__.co_consts:
        if c is None or hasattr(c, 'co_name'):
            continue
        out.append(sorted(c) if isinstance(c, frozenset) else c)
    return out


def kinds(f):
    return [type(c).__name__ for c in f.__code__.co_consts if c is not None]


def t_add(): return (1, 2) + (3,)
def t_nested(): return ('a', ('b', 'c')) + ((),)
def t_mul(): return (1,) * 3, (0, 1) * 2
def t_mul_left(): return 2 * ('x',)
def t_big(): return (0,) * 300
def t_neg(): return (1,) * -1
def t_zero(): return (1, 2) * 0, () * 5
def t_index(): return (1, 2, 3)[1], (4, 5)[-1]
def t_index_out(): return (1, 2)[5]
def t_index_bool(): return (7,)[True]
def t_in(x): return x in (1, 2), x in [3, 4], x not in {5, 6}
def t_in_var(x): return x in [x, 1], x in {x, 2}
def t_unary(): return -1, -(1), +2, ~3, not 0, -0.5, -(2 ** 3)
def t_empty(x): return x in (), x in []


def t_loops(x):
    for i in [1, 2]:
        pass
    for j in {7, 8}:
        pass
    return [k for k in [9, 10]], {m for m in {11}}


async def t_async():
    async for i in [1, 2]:
        pass


for f in [t_add, t_nested, t_mul, t_mul_left, t_big, t_neg, t_zero, t_index,
          t_index_out, t_index_bool, t_in, t_in_var, t_unary, t_empty, t_loops, t_async]:
    print(f.__name__, consts(f), kinds(f))

print(t_add(), t_mul(), t_index(), t_zero(), t_unary())
print(t_in(1), t_in(4), t_in(6), t_in_var(2), t_empty(0))
print(len(t_big()), t_neg(), t_loops(0))
try:
    t_index_out()
except IndexError as e:
    print('IndexError', e)

# A folded constant is one object, shared by every evaluation.
print(t_add() is t_add(), t_add() is t_add.__code__.co_consts[-1])
r = t_add()
print(sys.getrefcount(r) - sys.getrefcount(t_add()))
fs = [c for c in t_in.__code__.co_consts if isinstance(c, frozenset)][0]
print(type(fs).__name__, sorted(fs))
