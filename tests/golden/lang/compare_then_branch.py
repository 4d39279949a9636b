# Comparisons, identity and membership tests feeding a branch, with and without a line
# hook's view; results stored as values; __del__ of operands during the test.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o): return isinstance(o, D) and o.n == self.n
    __hash__ = object.__hash__

def f(a, b):
    out = []
    if a < b: out.append("lt")
    if a is b: out.append("is")
    if a is not b: out.append("is not")
    if a in [b]: out.append("in")
    if a not in (b,): out.append("not in")
    while a < b:
        a += 1
    out.append(a)
    x = a < b
    y = a is b
    z = a in {b}
    out.append((x, y, z))
    return out

print(f(1, 3), f(3, 1), f(2.5, 3), f(3.0, 2), f(5, 5))
print(f(2**70, 2**70 + 1))
if D(1) in [D(1)]: print("found")
if D(2) is None: print("never")
else: print("not none")
print(D(3) == D(3) and "eq")
