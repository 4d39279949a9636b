# Weak references: weakref.ref with callbacks, WeakValueDictionary and WeakKeyDictionary churn.
import weakref


class Node:
    def __init__(self, key):
        self.key = key


def main():
    died = 0

    def on_death(ref):
        nonlocal died
        died += 1

    by_key = weakref.WeakValueDictionary()
    tags = weakref.WeakKeyDictionary()
    seen = hits = 0
    for round_no in range(160):
        nodes = [Node(round_no * 10000 + i) for i in range(2000)]
        refs = [weakref.ref(n, on_death) for n in nodes]
        for n in nodes:
            by_key[n.key] = n
            tags[n] = n.key % 7
        for i in range(0, 2000, 3):
            if by_key.get(round_no * 10000 + i) is not None:
                hits += 1
        seen += sum(1 for r in refs if r() is not None) + len(by_key) + len(tags)
        del nodes[::2]  # half of them die here, their callbacks run at once
        seen += sum(1 for r in refs if r() is not None) + len(by_key) + len(tags)
        seen += sum(tags[n] for n in nodes)
        nodes = None
        seen += len(by_key) + len(tags)
    print(died, hits, seen, len(by_key), len(tags))


main()
