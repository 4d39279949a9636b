# A dict display longer than the stack guideline (15 items) is built item by item, as
# CPython 3.11 does: same contents, same order, same sizes, CPython's co_stacksize.
import sys


def make(a, extra):
    return {
        'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a,
        'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a,
        'k16': a, 'k17': a, **extra, 'k0': 'again', 'z': a,
    }


def sixteen(a):
    return {(i, 0): a for i in ()}, {
        a: 0, 1: a, 2: a, 3: a, 4: a, 5: a, 6: a, 7: a,
        8: a, 9: a, 10: a, 11: a, 12: a, 13: a, 14: a, 15: a,
    }


def fifteen(a):
    return {
        'a0': a, 'a1': a, 'a2': a, 'a3': a, 'a4': a, 'a5': a, 'a6': a, 'a7': a,
        'a8': a, 'a9': a, 'a10': a, 'a11': a, 'a12': a, 'a13': a, 'a14': a,
    }


d = make(1, {'x': 2, 'k3': 3})
print(list(d.items()))
print(len(d), sys.getsizeof(d))
print(sys.getsizeof(sixteen(1)[1]), sys.getsizeof(fifteen(1)))
for f in (make, sixteen, fifteen):
    print(f.__name__, f.__code__.co_stacksize)
