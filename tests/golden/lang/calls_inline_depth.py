# Deep Python recursion runs without Rust recursion (calls run inline): the recursion
# limit is what stops it, at the same depth as CPython, also for mutual recursion,
# methods and keyword calls, and a raised limit lets deep recursion through.
import sys


def depth_of(fn):
    n = [0]

    def probe():
        n[0] += 1
        probe()

    try:
        fn(probe)
    except RecursionError as e:
        return n[0], str(e)


print(depth_of(lambda p: p()))


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


def find_limit():
    lo = 0
    for k in (100, 500, 900, 950, 990, 995, 996, 997, 998, 999, 1000):
        try:
            count(k)
            lo = k
        except RecursionError:
            break
    return lo


print(find_limit())


def ping(n):
    return pong(n) if n else "done"


def pong(n):
    return ping(n - 1)


print(ping(400))
try:
    ping(600)
except RecursionError as e:
    print("mutual", e)


class Walker:
    def walk(self, n, step=1):
        if n <= 0:
            return 0
        return 1 + self.walk(n - step, step=step)


print(Walker().walk(300), Walker().walk(300, step=3))
sys.setrecursionlimit(100000)
print(count(90000))
print(Walker().walk(80000))
sys.setrecursionlimit(50)
try:
    count(100)
except RecursionError as e:
    print("limit 50:", e)
print(count(40))
sys.setrecursionlimit(1000)


class Deleted:
    def __del__(self):
        print("del at depth", len(trail))


trail = []


def nest(n):
    trail.append(n)
    d = Deleted()
    if n:
        nest(n - 1)
    trail.pop()


nest(3)
