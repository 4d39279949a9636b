print([x * x for x in range(6) if x % 2])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)}, {c for c in [3, 1, 3, 2]})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print(list(map(str, filter(None, [0, 1, 2, 0, 3]))), any(v > 2 for v in [1, 3]))
