# A tiny calculator: operator functions as a dispatch table, reduce, sorting with getters.
import operator as op
from functools import reduce

OPS = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv, "%": op.mod, "**": op.pow,
       "&": op.and_, "|": op.or_, "^": op.xor, "<<": op.lshift, ">>": op.rshift, "==": op.eq, "<": op.lt}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack.pop()

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "6 3 & 1 <<", "1 2 <"]:
    print(e, "=", rpn(e))
try:
    rpn("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(reduce(op.mul, range(1, 11)), reduce(op.or_, [1, 2, 4, 8]), reduce(op.concat, [[1], [2], [3]]))
rows = [{"name": "b", "age": 3, "tags": ["x"]}, {"name": "a", "age": 3, "tags": []}, {"name": "c", "age": 1, "tags": ["y", "z"]}]
print([r["name"] for r in sorted(rows, key=op.itemgetter("age", "name"))])
print(list(map(op.itemgetter("tags"), rows)), max(rows, key=op.itemgetter("age"))["name"])
print(list(map(op.methodcaller("upper"), ["a", "b"])), list(map(op.attrgetter("real", "imag"), [1 + 2j, 3j])))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sum(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(list(filter(op.not_, [0, 1, "", "a"])), list(map(op.neg, [1, -2])), list(map(op.abs, [-1, 2])))
class Vec:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(map(op.mul, self.c, o.c))
    def __repr__(self): return f"Vec{self.c}"
print(op.matmul(Vec(1, 2), Vec(3, 4)), Vec(1) @ Vec(5))
class Box:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __index__(self): return self.v
b = Box(1)
print(op.iadd(b, 5).v, op.index(b), [0, 1, 2, 3, 4, 5, 6][b], op.ixor(5, 1), op.imod(7, 3), op.itruediv(1, 4))
print(op.getitem({"a": 1}, "a"), op.getitem("hello", slice(1, 3)), op.countOf("banana", "a"))
print(op.length_hint(x for x in range(3)), op.length_hint(range(7)))
try:
    op.length_hint([], "x")
except TypeError as e:
    print("TypeError:", e)
try:
    op.itemgetter()
except TypeError as e:
    print("TypeError:", e)
