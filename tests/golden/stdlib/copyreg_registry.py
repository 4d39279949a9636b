# copyreg: dispatch_table registration, constructor checks, extension codes
import copyreg
import pickle


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, "->", type(e).__name__, e)
    else:
        print(f.__name__, "->", r)


print(sorted(copyreg.__all__))
print(copyreg.dispatch_table[complex] is copyreg.pickle_complex)
print(copyreg.pickle_complex(3 - 4j))
u = copyreg.pickle_union(int | None)
print(u[0].__name__, u[1][0].__name__, u[1][1])
print(copyreg.constructor(len), copyreg.constructor(int))
show(copyreg.constructor, 3)
show(copyreg.constructor, "text")
show(copyreg.pickle, int, None)
show(copyreg.pickle, int, 5, int)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


calls = []


def reduce_point(p):
    calls.append(p.x)
    return Point, (p.y, p.x)          # swaps on purpose, visible in copies


show(copyreg.pickle, Point, reduce_point, "not callable")
print(Point in copyreg.dispatch_table)   # registered before the check
copyreg.pickle(Point, reduce_point, Point)
p = Point(1, 2)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(p, proto)))
print(calls)
del copyreg.dispatch_table[Point]
print(pickle.loads(pickle.dumps(p)), Point in copyreg.dispatch_table)

# a dispatch entry for a C type
copyreg.pickle(complex, lambda c: (complex, (c.imag, c.real)))
print(pickle.loads(pickle.dumps(1 + 2j)))
copyreg.pickle(complex, copyreg.pickle_complex)
print(pickle.loads(pickle.dumps(1 + 2j)))

# extension codes
show(copyreg.add_extension, "mod", "a", 0)
show(copyreg.add_extension, "mod", "a", 0x80000000)
show(copyreg.add_extension, "mod", "a", -1)
show(copyreg.add_extension, "mod", "a", "x")
show(copyreg.add_extension, "mod", "a", 1)
show(copyreg.add_extension, "mod", "a", 1)            # same again: fine
show(copyreg.add_extension, "mod", "a", 2)
show(copyreg.add_extension, "mod", "b", 1)
show(copyreg.add_extension, "mod", "b", "300")
show(copyreg.add_extension, "mod", "c", 0x7fffffff)
show(copyreg.add_extension, "mod", "b", 300.9)       # int() -> 300, already there
print(sorted(copyreg._extension_registry.items()))
print(sorted(copyreg._inverted_registry.items()))
show(copyreg.remove_extension, "mod", "b", 301)
show(copyreg.remove_extension, "mod", "z", 1)
show(copyreg.remove_extension, "mod", "b", "300")
show(copyreg.remove_extension, "mod", "b", 300)
show(copyreg.remove_extension, "mod", "b", 300)
copyreg._extension_cache[1] = "cached"
show(copyreg.remove_extension, "mod", "a", 1)
print(copyreg._extension_cache)
copyreg._extension_cache[5] = "x"
print(copyreg.clear_extension_cache(), copyreg._extension_cache)
copyreg.remove_extension("mod", "c", 0x7fffffff)
print(copyreg._extension_registry, copyreg._inverted_registry)

# an extension code in a real pickle
copyreg.add_extension("collections", "OrderedDict", 240)
import collections
data = pickle.dumps(collections.OrderedDict, 2)
print(data)
print(pickle.loads(data) is collections.OrderedDict)
print(240 in copyreg._extension_cache)
copyreg.remove_extension("collections", "OrderedDict", 240)
print(pickle.dumps(collections.OrderedDict, 2) != data)
