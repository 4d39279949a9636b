# Memory held at once: 500k small instances, 1.5M ints, a 150k-key dict, tuples (peak RSS).
class Item:
    def __init__(self, key, value):
        self.key = key
        self.value = value


def main():
    for rep in range(2):
        items = [Item(i, i * 2) for i in range(500000)]
        numbers = list(range(1000, 1501000))
        table = {"k%d" % i: (i, -i) for i in range(150000)}
        pairs = [(i, i + 1) for i in range(250000)]
        total = sum(it.value for it in items[::1000]) + sum(numbers[::1000])
        total += sum(v[0] for v in table.values()) + len(pairs) + pairs[-1][1]
        del items, numbers, table, pairs
    print(total)


main()
