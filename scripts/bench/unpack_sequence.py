# Tuple and list unpacking and packing: swaps, starred targets, nested unpacking in loops.
def main():
    pairs = [(i, i * 2) for i in range(100)]
    nested = [((i, i + 1), [i + 2, (i + 3, i + 4)]) for i in range(100)]
    total = 0
    for rep in range(40000):
        a, b, c, d = 1, 2, 3, 4
        for x, y in pairs:
            a, b, c, d = b, c, d, a + x
            total += y - x
        for (p, q), [r, (s, t)] in nested:
            total += p + q - r + s - t
        first, *middle, last = pairs[rep % 90:rep % 90 + 10]
        total += first[0] + last[1] + len(middle)
        head, *tail = range(rep % 20 + 1)
        total += head + len(tail) + a + b + c + d
    print(total)


main()
