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
