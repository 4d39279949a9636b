x = 10
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row if n % 2])
print([[row[i] for row in matrix] for i in range(3)])
print({n: n ** 2 for n in range(5)}, {c for c in "hello"}, list(n * 2 for n in range(3)))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [1]]
    except NameError as e:
        err = str(e)
print(K.doubled, getattr(K, "bad", None))
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)
def shadow():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
print([(a, b) for a in range(3) for b in range(a)])
print(sum(x * x for x in range(10) if x % 3 == 0))
gen = ((i, j) for i in range(2) for j in "ab")
print(list(gen))
print([y := 5, y ** 2], y)
print([[0] * 3 for _ in range(2)], [[0] * 3] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
nested = {k: [v for v in range(k)] for k in range(4)}
print(nested)
print(any(n > 5 for n in [1, 7]), next((n for n in [1, 2, 8] if n > 5), None))
words = ["apple", "bob", "kayak"]
print({w: w == w[::-1] for w in words})
print(dict(enumerate("abc")), list(zip(*[(1, "a"), (2, "b")])))
print([i if i % 2 else -i for i in range(5)])
lst = [1, 2, 3]
print([lst.pop() for _ in range(len(lst))], lst)
