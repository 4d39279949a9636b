for a, b in [(1, 2), (3, 0)]:
    print(a // b if b else "skip")
print(10 % 0)
