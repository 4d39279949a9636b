import gc
class Node:
    pass
gc.collect()
n = Node()
n.me = n
del n
print(gc.collect())
lst = []
lst.append(lst)
del lst
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
print(gc.collect())
