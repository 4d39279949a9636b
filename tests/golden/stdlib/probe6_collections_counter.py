from collections import Counter

inventory = Counter(apples=3, pears=0, plums=-2)
sales = Counter({"apples": 1, "kiwis": 4})
print(inventory, sales)
print(inventory + sales, inventory - sales, inventory | sales, inventory & sales)
print(+inventory, -inventory)
c = Counter("abracadabra")
print(c, c.most_common(3), c.most_common()[-1], c.most_common(0))
ties = Counter(["b", "a", "c", "a", "b", "c", "d"])
print(ties.most_common(), ties.most_common(2))
print(sorted(c.elements()), list(Counter(x=2, y=1).elements()))
c.update("aaz")
c.update({"z": 10})
print(c)
c.subtract("aaaaaaaaaa")
print(c, c["missing"], "missing" in c)
print(c.total(), Counter().total())
del c["z"]
print(c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(2), len(wc), sum(wc.values()))
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=1))
a = Counter(a=3, b=1)
a += Counter(b=2, c=-1)
print(a)
a -= Counter(a=5)
print(a)
a |= Counter(z=1)
a &= Counter(b=2, z=5)
print(a)
print(repr(Counter()), repr(Counter({1: 2, 2: 3})), str(Counter(x=1.5, y=0.5)))
print(dict(Counter("hello")), Counter("hello").keys())
print(Counter.fromkeys if False else "ok")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
cc = Counter(a=1)
cc["b"] += 1
print(cc, cc.copy() == cc, type(cc.copy()).__name__)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError:", e)

class MyCounter(Counter):
    pass

print(repr(MyCounter("aab")), MyCounter("ab") + MyCounter("b"))
