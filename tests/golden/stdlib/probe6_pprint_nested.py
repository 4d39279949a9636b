import pprint

data = {
    "name": "widget",
    "tags": ["a", "b", "c"] * 5,
    "dims": {"w": 10, "h": 20, "d": {"x": 1, "y": [1, 2, {"z": (3, 4)}]}},
    "owners": [{"id": i, "email": f"user{i}@example.com"} for i in range(3)],
    "blob": b"\x00\x01" * 20,
    "text": "lorem ipsum dolor sit amet " * 4,
    "set": {3, 1, 2},
    "fs": frozenset({5, 4}),
    "empty": [[], {}, (), set()],
}
pprint.pprint(data)
pprint.pprint(data, width=120)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data["owners"], compact=True, width=50)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30)
pprint.pprint(data, indent=4, depth=3, width=50)
print(pprint.pformat({"b": 1, "a": 2}))
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(pprint.saferepr({"x": [1, 2]}))
lst = [1, 2]
lst.append(lst)
print(pprint.pformat(lst).split(' with id=')[0])
print(pprint.isrecursive(lst), pprint.isreadable(lst), pprint.isreadable([1, "a"]))
pprint.pprint(("tuple", ("nested", ("deep", ("deeper",)))), width=20)
pprint.pp({"z": 1, "a": [1] * 30})
print(pprint.pformat("x" * 100, width=40))
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"k%d" % i: list(range(i)) for i in range(6)})
print(pp.pformat([("a", 1)] * 4))
pprint.pprint(data["dims"], underscore_numbers=True)
pprint.pprint({"big": 12345678901234}, underscore_numbers=True)
