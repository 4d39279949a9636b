# `s & s` is a copy of s (set_intersection's shortcut), whose order can differ from s's
# and from a set built by adding s's items; math.modf gives the fractional part the
# sign of its argument, -0.0 included.
# Found by scripts/difftest (order_77_133, order_82_101).
import math

s = {11529215046068469755, -384, 43, 100000000000000000000, -18}
s.add(-1)
for v in range(100, 140):
    s.add(v)
for v in range(100, 140):
    s.discard(v)
print(list(s))
print(list(s & s), list(s.intersection(s)), list(s.copy()), list(set(list(s))))
f = frozenset(s)
print(list(f & f) == list(f.copy()))
for x in (-5.0, 5.0, -0.0, -2.5, -1e300, float('-inf'), float('inf'), -7.25e-10):
    print(x, math.modf(x))
