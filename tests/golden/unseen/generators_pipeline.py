def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()

def numeric(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            yield k, v

cfg = """# config
a = 1
b = hello
c=3

# end"""
print(dict(numeric(parse(read_lines(cfg)))))

def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
c = counter()
next(c)
for v in [5, 10, 20]:
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    r = yield from counter()
    print("sub returned", r)
    yield "after"
d = delegator()
next(d); d.send(1); d.send(2)
print(d.send(None))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
g = (x * x for x in range(5))
print(sum(g), sum(g))
def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cg = closing_gen()
print(next(cg))
cg.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
t = thrower()
next(t)
print(t.throw(ValueError("x")))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(4)), list(reversed(range(3))), list(enumerate("ab", 1)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
print(list(zip("abc", range(10))), list(map(str.upper, "hi")), list(filter(None, [0, 1, "", "a"])))
print(any(x > 3 for x in range(5)), all([]), sorted("banana", reverse=True))
gen = (i for i in range(3))
print(gen.__name__, type(gen).__name__)
