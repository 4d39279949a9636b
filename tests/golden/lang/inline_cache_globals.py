# Global lookups stay right however the globals and builtins change between runs of the
# same instruction (refpy caches the position of each global's entry).
import builtins
import sys


def read_x():
    return x


def read_len():
    return len


x = 1
print(read_x())
x = 2
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 3
print(read_x())

# A builtin, then a global that shadows it, then the global deleted again.
print(read_len() is builtins.len)
len = lambda s: 42
print(read_len()("abc"))
del len
print(read_len()("abc"))

# A builtin replaced in the builtins module itself.
orig_abs = builtins.abs


def use_abs(v):
    return abs(v)


print(use_abs(-5))
builtins.abs = lambda v: "patched"
print(use_abs(-5))
builtins.abs = orig_abs
print(use_abs(-5))
del builtins.abs
try:
    use_abs(-5)
except NameError as e:
    print("NameError:", e)
builtins.abs = orig_abs

# Many new globals made between reads: the dict grows and its entries move.
for i in range(50):
    globals()["g%d" % i] = i
    if i % 10 == 0:
        print(i, read_x())

# One code object run with two different globals.
code = compile("result = value * 2", "<cache>", "exec")
g1 = {"value": 10}
g2 = {"value": "ab"}
for g in (g1, g2, g1, g2):
    exec(code, g)
    print(g["result"])
g3 = {}
try:
    exec(code, g3)
except NameError as e:
    print("NameError:", e)

# The same function object in a loop: a global rebound inside the loop it reads.
total = 0


def bump():
    global total
    total = total + 1
    return total


for _ in range(5):
    bump()
print(total)

# Reference counts through cached loads are CPython's.
class Box:
    pass


box = Box()


def count_box():
    return sys.getrefcount(box)


print(count_box(), count_box())
alias = box
print(count_box())
del alias
print(count_box())

# Module-level names (LOAD_NAME / STORE_NAME) in loops, deleted, shadowed and restored.
for step in range(4):
    counter = step * 10
    if step == 2:
        del counter
        try:
            print(counter)
        except NameError as e:
            print("NameError:", e)
        counter = -1
    print("counter", counter)
for step in range(3):
    if step == 1:
        print = lambda *a: builtins.print("shadowed", *a)
    print("print", step)
    if step == 1:
        del print


# Class bodies read names from their own namespace, then globals, then builtins.
value = "global value"


class Body:
    print("body sees", value)
    value = "class value"
    print("body sees", value)
    del value
    print("body sees", value)
    len = len("abc")


print(Body.len)

# exec with separate globals and locals mappings.
code2 = compile("y = x + 1\nx = y * 2\nz = len([x, y])", "<names>", "exec")
for start in (1, 10):
    g, l = {"x": start}, {}
    exec(code2, g, l)
    print(sorted(l.items()), sorted(k for k in g if k != "__builtins__"))
l2 = {"x": 5, "len": lambda s: "mine"}
exec(code2, {}, l2)
print(l2["z"])

# Int arithmetic on machine ints and past them, through the fast paths.
for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (2**62, 2), (-(2**63), -1), (5, 0)):
    row = []
    for op in ("+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "**"):
        try:
            row.append(eval("a %s b" % op))
        except Exception as e:
            row.append(type(e).__name__)
    print(a, b, row)
