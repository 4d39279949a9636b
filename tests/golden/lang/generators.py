def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    return "done"

g = gen(3)
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def delegate():
    result = yield from gen(2)
    yield result
print(list(delegate()), sum(x * x for x in range(5)))
g2 = gen(10); next(g2); g2.close(); print(list(g2))
