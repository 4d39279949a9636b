# Set tables as CPython builds them: set_merge copies a same-size table slot for slot,
# displays of constants come from a frozenset constant remade in its own order, and
# symmetric difference starts from a copy of the right operand. Hash collisions (-1 and
# -2 share a hash) make the layouts visible in the iteration order.
a = [-34, -1, 2147483648, 368841, 470548055514372015121, 18446744073709551614, 2305843009213693948, 18446744073709551613, -649938]
print({-34, -1, 2147483648, 368841, 470548055514372015121, 18446744073709551614, 2305843009213693948, 18446744073709551613, -649938})
s = set(a)
print(s, frozenset(s), set(frozenset(a)))
t = set(); t.update(s); print(t)
u = set(); u |= frozenset(a); print(u)
print({18446744073709551621, -649938} ^ s)
print(s ^ {18446744073709551621, -649938})
print(s | {3}, {3} | s, s - {-1}, s & {-1, -2, -34})
print(s.union([-2, 7]), s.symmetric_difference([-2, -34]), s.intersection([-1, -34, 5]))
v = set(s); v.symmetric_difference_update({-1, 99}); print(v)
w = {*a, -2}; print(w)
x = {1, 2, *a}; print(x)
s9 = set([-2, 2147483648, -2, 1072513212594727820508, -1, 1028003978564549144411, -513308, 4294967297])
s9.add(953503)
print(s9, frozenset(s9), tuple(s9) == tuple(frozenset(s9)))
