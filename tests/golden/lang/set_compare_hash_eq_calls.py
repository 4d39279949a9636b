# Set comparisons and operators call __hash__ and __eq__ as often as CPython: sizes first,
# one subset test, stored hashes reused (no second __hash__ of a key already in a table).
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): print("hash", self.v); return hash(self.v)
    def __eq__(self, o): print("eq", self.v, getattr(o, "v", o)); return isinstance(o, K) and self.v == o.v
a = {K(1), K(2)}
b = {K(1), K(2)}
print("==", a == b)
print("!=", a != b)
print("<=", a <= b)
print("<", a < b)
print(">", a > b)
c = {K(1)}
print("c<a", c < a, "c==a", c == a)
print("fs", frozenset(a) == b)
print("inter", len(a & b), "diff", len(a - b), "xor", len(a ^ b), "or", len(a | b))
print(a.issubset(b), b.issuperset(c))
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} > {1}, {1} >= {1}, frozenset({1}) == {1}, {1, 2} - {1}, {1, 2, 3} & {2, 3, 4})
print({(1, 2), "x"} == {"x", (1, 2)}, {1.0} == {1}, {1} != {2})
