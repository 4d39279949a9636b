import gc
class Node:
    pass
gc.collect()
n = Node()
n.items = [n]
del n
print("through list:", gc.collect())
n = Node()
n.map = {"back": n}
del n
print("through dict:", gc.collect())
n = Node()
vars(n)
n.me = n
del n
print("materialized __dict__:", gc.collect())
def outer():
    def f():
        return f
    return f
f = outer()
del f
print("closure:", gc.collect())
