# Many short-lived weak references to one long-lived object: each leaves the object's
# list when it dies (a dead one must not linger there), the survivors keep their order,
# and refs hash and compare through their referent.
import gc
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


key = Key("k")
tags = weakref.WeakKeyDictionary()
tags[key] = "tag"

# Lookups each make a ref to the key and drop it at once.
total = 0
for i in range(60000):
    if tags[key] == "tag":
        total += 1
    if key in tags:
        total += 1
print("lookups", total, len(tags))
print("refs to key", weakref.getweakrefcount(key))

# Refs with callbacks that die before their referent run no callback.
fired = []
for i in range(1000):
    r = weakref.ref(key, lambda wr, i=i: fired.append(i))
    del r
print("callbacks fired", fired, weakref.getweakrefcount(key))

# The survivors, in CPython's list order, among dying neighbours.
plain = weakref.ref(key)
kept = []
for i in range(6):
    r = weakref.ref(key, lambda wr, i=i: fired.append(i))
    if i % 2:
        kept.append(r)
    del r
# (Refs to one object compare equal: find them by identity.)
order = ["plain" if w is plain else [i for i, k in enumerate(kept) if k is w]
         for w in weakref.getweakrefs(key)]
print("getweakrefs", order)

# Hashing and comparing refs.
other = weakref.ref(key, print)
print("hash", hash(plain) == hash(key), hash(other) == hash(key))
print("eq", plain == other, plain != other, other == plain)
print("eq dunder", plain.__eq__(other), plain.__ne__(other), plain.__eq__(1))
print("hash dunder", plain.__hash__() == hash(key))
print("in dict", {other: 1}[plain], plain in {other})
k2 = Key("k2")
r2 = weakref.ref(k2)
print("different", plain == r2, plain != r2)
h2 = hash(r2)
del k2
gc.collect()
print("dead", r2() is None, hash(r2) == h2, r2 == r2, r2 == plain, r2 != plain)
k3 = Key("k3")
r3 = weakref.ref(k3)
del k3
try:
    hash(r3)
except TypeError as e:
    print("TypeError", e)
print(type(weakref.ref.__dict__["__hash__"]).__name__ in ("wrapper_descriptor", "function"))

# Every ref to key dies, then key: the callbacks of the kept ones run, newest first.
del plain, other, r2, r3
fired.clear()
del key
print("at key's death", fired, len(tags))
