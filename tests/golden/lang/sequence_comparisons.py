# List and tuple comparisons: identity before ==, the first differing item decides,
# lists (not tuples) compare lengths first for ==, lengths re-read as an __eq__ mutates.
nan = float('nan')
print([nan] == [nan], (nan,) == (nan,), [float('nan')] == [float('nan')])
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1, 2] <= [1, 2], (2,) > (1, 9), [] < [0], () == ())
print([1, [2, 3]] == [1, [2, 3]], (1, (2, 3)) < (1, (2, 4)))
class Evil:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
    def __lt__(self, other):
        return True
    __hash__ = None
a = []
a.extend([Evil(a), 1])
b = [0, 2]
print(a < b, len(a))
c = []
c.extend([Evil(c), 5, 6])
print(c == [1, 5, 6], len(c))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
print(sorted([(3, 'b'), (1, 'z'), (3, 'a'), (2, 'q')]))
print(sorted([[3, 1], [1], [3], [2, 2, 2]]))
x = [1, 2, 3]
print(x == x, x < x, (x,) == (x,))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
print((Cmp(1),) == (Cmp(1), Cmp(2)))
