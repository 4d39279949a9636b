# set.intersection_update is set_intersection then a swap of tables: with an iterable,
# the kept items are added in the iterable's order (so -1 and -2, both hashed -2, may
# change places); with the set itself, a copy; `&=` with itself too.
# Found by scripts/difftest (order_3_0, order_3_36, order_3_83 of ord_set_random_ops).
s = set([40, 18446744073709551617, -1, 42, -4611686018427387902])
s.add(-2)
s = s & set(range(-30, 16))
s ^= {54}
s.intersection_update(range(-52, 104))
print(list(s), list(set(list(s))))
t = {-1, -2, 7, 15}
t.intersection_update([15, -2, 7, -1])
print(list(t))
t.intersection_update(t)
print(list(t))
u = set(range(40))
for v in range(5, 40):
    u.discard(v)
u.add(-1)
u.add(-2)
u &= u
print(list(u))
u.intersection_update(range(-3, 3), [-2, -1, 0])
print(list(u))
