# range iterators (rangeiterobject, longrangeiterobject) are not collectable: not tracked,
# not counted by gc.get_count(). (difftest: gc_alloc_counts)
import gc

r = range(4)
for make in [lambda: iter(r), lambda: reversed(r), lambda: iter(range(2 ** 70)),
             lambda: iter([1]), lambda: iter((1,)),
             lambda: iter(range(0)), lambda: reversed(range(5, 0, -2))]:
    gc.collect()
    a = gc.get_count()[0]
    it = make()
    b = gc.get_count()[0]
    print(type(it).__name__, gc.is_tracked(it), b - a)
    del it

gc.collect()
keep = []
for i in range(4):
    keep.append([])
    print(gc.get_count())
print(list(reversed(range(7, -3, -3))), list(iter(range(2 ** 64, 2 ** 64 + 3))))
