# tracemalloc totals of many instances: __slots__ classes against classes with a
# __dict__ (whose values array shrinks as the class makes instances), and int sizes.
import gc
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Empty:
    pass


def per_object(cls, n, *args):
    gc.collect()
    objs = [None] * n
    tracemalloc.start()
    for i in range(n):
        objs[i] = cls(*args)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return cur / n


for cls, args in [(Point, (1, 2)), (SlotPoint, (1, 2)), (Point3, (1, 2, 3)), (Empty, ())]:
    print(cls.__name__, "bytes per object ~", round(per_object(cls, 1000, *args)))

# One object at a time: a new class's values array starts at 30 slots and loses one per
# instance until one spare slot is left.
class Fresh:
    def __init__(self):
        self.a = 1


o = Fresh()
sizes = []
for k in range(6):
    tracemalloc.start()
    o = Fresh()
    sizes.append(tracemalloc.get_traced_memory()[0])
    tracemalloc.stop()
print("fresh class instances:", sizes)
print("slotted:", [per_object(SlotPoint, 1, 1, 2)] * 2)

# 10,000 instances, as a tutorial compares them.
def total(cls):
    gc.collect()
    tracemalloc.start()
    objs = [cls(i, i) for i in range(10000)]
    cur = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return cur


with_dict = total(Point)
with_slots = total(SlotPoint)
print("dict class KB ~", round(with_dict / 1024))
print("slots class KB ~", round(with_slots / 1024))
print("savings %d%%" % (100 - 100 * with_slots // with_dict))


# Ints: one-digit ints are whole PyLongObjects (32 bytes), longer ones 24 + 4 a digit.
def traced(f):
    tracemalloc.start()
    x = f()
    r = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return r


a = 1000
b = 2 ** 40
print("add", traced(lambda: a + a), "mul", traced(lambda: a * a), "neg", traced(lambda: -a))
print("shift", traced(lambda: a << 3), "floordiv", traced(lambda: a // 3))
print("two digits", traced(lambda: b + 0) > 0, "huge", traced(lambda: 10 ** 40 + 0) > 0)
print("ints list KB ~", round(traced(lambda: [i for i in range(10000)]) / 1024))

# An instance of a tuple subclass (a namedtuple) is allocated with one item more.
import collections
NT = collections.namedtuple("NT", "x y")


class Triple(tuple):
    __slots__ = ()


print("namedtuple ~", round(per_object(NT, 1000, 1, 2)), "tuple subclass ~",
      round(per_object(Triple, 1000, (1, 2, 3))), "tuple ~", round(per_object(tuple, 1000, (1, 2))))
