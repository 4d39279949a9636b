# objgraph.growth / show_growth: growth past the peak, per type, after a collection.
import objgraph


class Grow:
    pass


class Other:
    pass


mine = lambda o: type(o) in (Grow, Other)
keep = []
objgraph.show_growth(filter=mine)
print('--')
keep.extend(Grow() for i in range(4))
keep.append(Other())
objgraph.show_growth(filter=mine)
print('--')
objgraph.show_growth(filter=mine)
print('-- nothing new')
keep.append(Grow())
print(objgraph.growth(filter=mine))
print(objgraph.growth(filter=mine))
peak = {}
print(objgraph.growth(peak_stats=peak, filter=mine))
print(sorted(peak.items()))
del keep[:3]
print(objgraph.growth(peak_stats=peak, filter=mine))
keep.extend(Other() for i in range(3))
print(objgraph.growth(limit=1, peak_stats=peak, filter=mine))
print(objgraph.growth(peak_stats=peak, filter=mine, shortnames=False))
objgraph.show_growth(peak_stats={}, shortnames=False, filter=mine, limit=1)


# A cycle is collected before counting: it does not grow anything.
def make_cycle():
    a = Grow()
    a.me = a


make_cycle()
print(objgraph.growth(filter=mine))
