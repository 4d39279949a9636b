# objgraph.get_leaking_objects: tracked objects no tracked object refers to.
import objgraph


class Thing:
    pass


glob = Thing()


def look():
    local = Thing()
    local.payload = [Thing()]
    found = [o for o in objgraph.get_leaking_objects() if isinstance(o, Thing)]
    print(len(found), found[0] is local if found else None)
    given = [glob, local, local.payload]
    mine = objgraph.get_leaking_objects(given)
    print(len(mine), [type(o).__name__ for o in mine])


look()
a = Thing()
b = Thing()
a.b = b
b.a = a
del a, b
print(len([o for o in objgraph.get_leaking_objects() if isinstance(o, Thing)]))
