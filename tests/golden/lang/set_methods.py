a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), 3 in a)
a.add(7); a.discard(1); a.discard(100); print(a)
c = set(range(5)); c.remove(0); print(c, c.pop(), c)
print(sorted({"pear", "apple", "fig"}), frozenset({2, 1}) == {1, 2})
print(len({x % 3 for x in range(10)}), set(), {0} | set())
