# Generators and closures: generator pipelines, yield from, send(), closures over nonlocal state.
def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    yield from (x * x for x in source)


def running_total():
    total = 0
    while True:
        x = yield total
        total += x


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def make_counter():
    count = 0

    def step(k):
        nonlocal count
        count += k
        return count

    return step


def main():
    checksum = 0
    for rep in range(90):
        checksum += sum(squares(evens(numbers(20000))))
        acc = running_total()
        next(acc)
        for i in range(10000):
            checksum += acc.send(i) & 0xFF
        acc.close()
        checksum += sum(tree(12))
        counter = make_counter()
        adders = [lambda x, k=k: x + k for k in range(50)]
        for i in range(200):
            for add in adders:
                counter(add(i))
        checksum += counter(0)
        checksum += sum(x for x in range(5000) if x % 3)
    print(checksum)


main()
