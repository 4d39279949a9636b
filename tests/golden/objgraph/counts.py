# objgraph's counting functions on objects of the script's own classes.
import objgraph


class Leaf:
    pass


class Branch:
    def __init__(self, leaves):
        self.leaves = leaves


leaves = [Leaf() for i in range(5)]
branches = [Branch(leaves[:i]) for i in range(3)]

print(objgraph.count('Leaf'), objgraph.count('Branch'))
print(objgraph.count('__main__.Leaf'), objgraph.count('builtins.Leaf'))
print(objgraph.count('Leaf', leaves[:2]), objgraph.count('Branch', leaves))
print(len(objgraph.by_type('Branch')), objgraph.by_type('Leaf', leaves[1:3]) == leaves[1:3])
print(objgraph.by_type('__main__.Branch', branches) == branches)

mixed = leaves + branches + [Leaf()]
print(objgraph.typestats(mixed))
print(objgraph.typestats(mixed, shortnames=False))
print(objgraph.typestats(mixed, filter=lambda o: isinstance(o, Branch)))
print(objgraph.most_common_types(objects=mixed))
print(objgraph.most_common_types(limit=1, objects=mixed))
print(objgraph.most_common_types(limit=None, objects=mixed, shortnames=False))
objgraph.show_most_common_types(objects=mixed)
objgraph.show_most_common_types(objects=mixed, shortnames=False, limit=1)
stats = objgraph.typestats(filter=lambda o: type(o) in (Leaf, Branch))
print(sorted(stats.items()))
try:
    objgraph.show_most_common_types(objects=[])
except ValueError as e:
    print('ValueError', e)


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
objgraph.show_most_common_types(objects=mixed, file=out)
print(out.parts)
