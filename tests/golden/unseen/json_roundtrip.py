import json
from decimal import Decimal

data = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "stock": None, "active": True,
        "dims": {"w": 10, "h": 2.5}, "unicode": "caf\u00e9 \u2603"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, 2, {"a": (3, 4)}], separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["dims"]))
print(json.loads('[1, 2.5, "x", null, true, false, {"k": []}]'))
print(json.loads('{"a": 1.1}', parse_float=Decimal))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps({"p": Point(1, 2)}, cls=Enc))
print(json.dumps(Point(3, 4), default=lambda o: o.__dict__))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.dumps(float("inf")), json.dumps("quote\"and\\slash\n"))
print(json.dumps({1: "int key", None: "n", 2.5: "f"}))
print(json.loads('"\\u00e9\\ud83d\\ude00"'))
def hook(d):
    if "x" in d and "y" in d:
        return Point(d["x"], d["y"])
    return d
p = json.loads('{"pt": {"x": 5, "y": 6}}', object_hook=hook)
print(type(p["pt"]).__name__, p["pt"].x)
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([[1, 2], {"a": []}], indent="\t"))
