d10 = {2305843009213693949: 0, 709857: 1, 567423: 2, 10000000: 3, -214690: 4, -1: 5, -23: 6}
print(d10.keys() - {2147483648, 886864, 2305843009213693949, -2})
print(d10.keys() - set())
print(d10.keys() | {1})
print(d10.keys() & {-1, -23, 709857})
print(d10.keys() ^ {1, 2})
print(d10.items() - {(1, 2)})
s = set(d10.keys())
s.difference_update({2147483648})
print(s)
d2 = {1: 'a', 2: 'b', -23: 6}
print(d10.items() ^ d2.items())
print(d10.keys() & d2.keys(), d2.keys() & d10.keys())
print({-1, 5} & d10.keys(), d10.keys() & {-1, 5, 6, 7, 8, 9, 10, 11, 12})
print({1, 2} - d10.keys(), {1} | d10.keys(), [1, -1] ^ d10.keys() if False else None)
print(d10.keys() - [709857, 5], d10.items() - {(-1, 5)}, d10.keys() | [3, 4])
print(d10.keys() == set(d10), d10.items() <= set(d10.items()))
try:
    d10.keys() - 5
except TypeError as e:
    print(e)
d10 = {2305843009213693949: 0, 709857: 1, 567423: 2, 10000000: 3, -214690: 4, -1: 5, -23: 6}
s = set(d10.keys())
print(s)
s.difference_update({2147483648})
print(s)
print(set(d10))
print(set(list(d10)))
big = set(range(100))
small = {3, 50, 2305843009213693949}
small.difference_update(big)
print(small)
t = set(range(20))
t.difference_update(range(0, 20, 2))
print(t, len(t))
u = {1, 2, 3, 2305843009213693949}
u.symmetric_difference_update([3, 4, -1])
print(u)
u.intersection_update({1, 2, 4}, [4, 2])
print(u)
