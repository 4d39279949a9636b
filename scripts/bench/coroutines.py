# async def/await without asyncio: a round-robin loop driving a tree of coroutines through send().
import collections


class Yield:
    """Awaiting this hands control back to the loop once."""

    def __await__(self):
        yield self


class Loop:
    def __init__(self):
        self.ready = collections.deque()
        self.switches = 0

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready:
            coro = self.ready.popleft()
            try:
                coro.send(None)
            except StopIteration:
                continue
            self.switches += 1
            self.ready.append(coro)


async def leaf(n):
    total = 0
    for i in range(n):
        if i % 4 == 0:
            await Yield()
        total += i * i
    return total


async def tree(depth, n, results):
    if depth == 0:
        return await leaf(n)
    left = await tree(depth - 1, n, results)
    await Yield()
    right = await tree(depth - 1, n + 1, results)
    results.append(right - left)
    return left + right + depth


def main():
    totals = []
    for rep in range(40):
        loop = Loop()
        results = []

        async def root(k):
            totals.append(await tree(9, 4 + k, results))

        for k in range(8):
            loop.spawn(root(k))
        loop.run()
    print(sum(totals), len(totals), loop.switches, sum(results))


main()
