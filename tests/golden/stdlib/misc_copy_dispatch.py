# copy.copy / copy.deepcopy consult copyreg.dispatch_table (exact type) before
# __reduce_ex__, after __copy__/__deepcopy__ and the built-in fast paths.
import copy
import copyreg
import gc
import sys


class P:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        print('del P', self.x)


copyreg.pickle(P, lambda p: (P, (p.x + 1,)))
a = P(1)
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.x, c.x, type(b).__name__, b is a, sys.getrefcount(a))
del b, c


class Q(P):
    pass


q = Q(10)
print(copy.copy(q).x, copy.deepcopy(q).x)  # subclasses are not in the table


class WithHooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return WithHooks('copy-hook')

    def __deepcopy__(self, memo):
        return WithHooks('deepcopy-hook')


copyreg.pickle(WithHooks, lambda o: (WithHooks, ('table',)))
print(copy.copy(WithHooks(0)).v, copy.deepcopy(WithHooks(0)).v)


class Named:
    pass


copyreg.pickle(Named, lambda o: 'Named')  # a string: the object is returned as is
n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class Stateful:
    def __init__(self):
        self.items = [1, [2]]


copyreg.pickle(Stateful, lambda o: (Stateful.__new__, (Stateful,), {'items': o.items, 'extra': True}))
s = Stateful()
s1, s2 = copy.copy(s), copy.deepcopy(s)
print(s1.items is s.items, s2.items == s.items, s2.items is s.items, s2.items[1] is s.items[1], s2.extra)

# The table is ignored for types copied by their own fast paths.
copyreg.pickle(list, lambda o: (list, ([99],)))
print(copy.copy([1, 2]), copy.deepcopy([1, 2]))
del copyreg.dispatch_table[list]

# Shared references in the reduction's arguments are copied once in a deep copy.
copyreg.pickle(P, lambda p: (P, (p.x,)))
shared = P([0])
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0].x == shared.x, pair[0].x is shared.x, gc.is_tracked(pair[0]))
del pair

# Errors from the reducer and bad reductions.
copyreg.pickle(P, lambda p: 1 / 0)
try:
    copy.copy(P(5))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
copyreg.pickle(P, lambda p: (P,))
try:
    copy.deepcopy(P(6))
except TypeError as e:
    print('TypeError', e)
del copyreg.dispatch_table[P]
print(copy.copy(P(7)).x)
print('end')
