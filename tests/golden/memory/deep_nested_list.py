# Freeing a 100,000-deep nested list must not crash.
lst = []
for _ in range(100_000):
    lst = [lst]
depth = 0
cur = lst
while cur:
    cur = cur[0]
    depth += 1
print("depth", depth)
del lst, cur
print("nested list freed")
d = {}
for _ in range(100_000):
    d = {"k": d}
del d
print("nested dict freed")
