import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("caught:", e)
print(sys.getrecursionlimit())
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(900))
