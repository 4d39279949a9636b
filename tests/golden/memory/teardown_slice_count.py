# gc.get_count() and slices: PySlice_New counts a tracked allocation, but 3.11 keeps the
# last freed slice in a one-object cache: a slice taken from it does not count, one that
# goes back to it does not lower the counter, and a collection leaves the cache alone.
import gc

gc.disable()
gc.collect()
g = gc.get_count
x = list(range(10))
t = (1, 2, 3)
log = []
# Refill the tuple and list free lists the collection emptied, so that what follows
# moves the counter only through slices.
junk = [[(i, i), (i, i, i)] for i in range(40)]
del junk


def note(label):
    log.append((label, g()[0]))


note('start')
for i in range(50):
    y = x[1:2]
note('50 temporary slices (one cached slice reused)')
for i in range(50):
    y = t[i:]
note('50 tuple slices')
keep = []
for i in range(20):
    keep.append(slice(i, None))
note('20 slices kept')
del keep
note('20 slices freed (one to the cache)')
s1 = x[1:2]
note('subscript with the cache empty?')
s1 = slice(1, 2)
note('one slice kept')
s2 = slice(3, 4)
note('second slice kept')
del s1
note('first freed to the cache')
del s2
note('second freed for good')
gc.collect(0)
note('young collection')
s = slice(1)
note('slice after a young collection')
del s
gc.collect()
junk = [[(i, i), (i, i, i)] for i in range(40)]
del junk
note('full collection, free lists refilled')
y = x[::2]
note('slice after a full collection')
y = x[::-1]
note('again')
nest = slice(slice(1), slice(2), slice(3))
note('four slices alive')
del nest
note('four freed')
lst = []
cyc = slice(lst)
lst.append(cyc)
del lst, cyc
note('slice cycle left')
gc.collect()
note('cycle collected')
z = x[2:5]
note('slice after the cycle')
for label, n in log:
    print(label, n)
gc.enable()
