# set methods given iterables that are not sets read them item by item, in their own order
# (set_union, set_intersection, set_difference_multi): the result's table and order follow.
a = {18446744073709551617, 20, 24, 16, -1, -2}
b = {2147483648, 2305843009213693948, 20}
items = [2147483648, 2147483648, 2305843009213693948, 20]
print(a.union(items), a.union(b), a.union(items, [7, 8, 9], {1, 2}), a.union())
print(a.intersection(items), a.intersection([20, 16, 16, -1]), a.intersection(b), a.intersection([-1, 20], {20}))
print(a.difference(items), a.difference([20, 16]), a.difference(b), a.difference({20: 1}), a.difference([20], [16]), a.difference())
print(a.symmetric_difference(items), a.symmetric_difference(b))
big = set(range(40))
print(big.difference(range(35)), big.difference(list(range(5))), big.intersection(range(100, 0, -3)))
print(frozenset(a).union(items), type(frozenset(a).union(items)))
x = {1, 2, 3}
print(x.intersection([1.0, True, 2]), x.union([1.0]), x.difference([1.0]))
class S(set): pass
print(type(S({1}).union([2])), S({1}).union([2]))
print(a.union(a), a.intersection(a), a.difference(a))
