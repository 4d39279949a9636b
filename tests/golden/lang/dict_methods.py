d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.pop("a"), d)
d.update({"b": 20, "e": 5}, f=6)
print(d, "b" in d, len(d))
print(d.popitem(), dict.fromkeys("xy", 0), {k: v for k, v in zip("pq", [1, 2])})
del d["b"]
d["b"] = 7
print(d, sorted(d), d | {"z": 0})
print({1: "a", 1.0: "b", True: "c"})
