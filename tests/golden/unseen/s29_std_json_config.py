# Reading and writing a JSON configuration
import json
from decimal import Decimal

config = {
    "name": "demo",
    "version": 3,
    "debug": False,
    "ratio": 0.25,
    "tags": ["a", "b"],
    "limits": {"cpu": 2, "memory": None},
    "unicode": "caf\u00e9",
}
text = json.dumps(config)
print(text)
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]], []], indent="\t"))
back = json.loads(text)
print(back == config, type(back["limits"]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

s = json.dumps({"p": Point(1, 2), "q": [Point(3, 4)]}, default=encode)
print(s)
obj = json.loads(s, object_hook=decode)
print(obj["p"].x, obj["q"][0].y)

print(json.loads("1.5", parse_float=Decimal), json.loads("[1, 2]", parse_int=float))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.dumps({3: "x", True: "y", None: "z", 1.5: "w"}))
print(json.dumps(float("inf")), json.loads("NaN"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos)
print(json.dumps("tab\there \"quoted\" \u2603 \x01"))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=0))
