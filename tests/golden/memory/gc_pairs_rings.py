import gc
class Node:
    pass
gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("pair:", gc.collect())
for size in (3, 10, 100):
    nodes = [Node() for _ in range(size)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % size]
    del nodes, node
    print("ring", size, ":", gc.collect())
