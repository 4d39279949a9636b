# How much memory do Python containers use as they grow?
import sys

def show_growth(name, make, add, n=20):
    obj = make()
    last = sys.getsizeof(obj)
    print(f"{name}: empty = {last} bytes")
    for i in range(n):
        add(obj, i)
        size = sys.getsizeof(obj)
        if size != last:
            print(f"  after {i + 1:2d} items: {size} bytes (+{size - last})")
            last = size

show_growth("list", list, lambda l, i: l.append(i), 40)
show_growth("dict", dict, lambda d, i: d.__setitem__(i, i))
show_growth("set", set, lambda s, i: s.add(i), 40)
show_growth("bytearray", bytearray, lambda b, i: b.append(i), 40)

# Shrinking
lst = list(range(100))
print("100 items:", sys.getsizeof(lst))
while len(lst) > 5:
    lst.pop()
print("after pops down to 5:", sys.getsizeof(lst))
lst.clear()
print("after clear:", sys.getsizeof(lst))

# Different ways to build the same list
a = [0] * 10
b = [0 for _ in range(10)]
c = list(range(10))
d = []
for i in range(10):
    d.append(i)
print("multiply:", sys.getsizeof(a))
print("comprehension:", sys.getsizeof(b))
print("list(range):", sys.getsizeof(c))
print("append loop:", sys.getsizeof(d))

# Tuples never over-allocate
for n in range(0, 6):
    print("tuple of", n, "->", sys.getsizeof(tuple(range(n))))

# Strings: ASCII vs Latin-1 vs BMP vs astral
for s in ["", "a", "abc", "é", "héllo", "€", "日本語", "😀", "a😀"]:
    print(repr(s), len(s), sys.getsizeof(s))

# ints grow with their magnitude
for e in [0, 1, 29, 30, 59, 60, 89, 90, 200]:
    print(f"2**{e}:", sys.getsizeof(2 ** e))
print("negative:", sys.getsizeof(-1), sys.getsizeof(-(2 ** 40)))
print("float:", sys.getsizeof(1.5), "complex:", sys.getsizeof(1j), "bool:", sys.getsizeof(True))
print("None:", sys.getsizeof(None))
