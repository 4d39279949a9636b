names = ["ann", "bob", "cy"]
print(list(enumerate(names, 1)), list(zip(names, [3, 1])))
print(list(reversed(names)), list(range(10, 0, -3)), len(range(0, 100, 7)))
print(min(names, key=len), max([3, 9, 2]), sum([0.5, 0.25], 1))
print(all([]), any([]), sorted("banana"), list(map(len, names)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))))
