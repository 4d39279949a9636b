# Creating reference cycles and collecting them with gc.collect().
import gc

gc.disable()  # only the explicit collections below run


class Node:
    def __init__(self):
        self.peer = None
        self.items = []


collected = 0
for rnd in range(150):
    for i in range(8000):
        a = Node()
        b = Node()
        a.peer = b
        b.peer = a
        a.items.append(b)
    collected += gc.collect()
print(collected)
