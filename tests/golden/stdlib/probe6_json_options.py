import json
from datetime import date
from decimal import Decimal

data = {"name": "Zoë", "tags": ["x", "y"], "n": 1.5, "ok": True, "none": None, "nested": {"b": 2, "a": [1, {"c": 3}]}, "empty": {}, "el": []}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "t", "k": 1}, skipkeys=True))

def encode(o):
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps({"d": date(2024, 1, 2), "price": Decimal("9.99"), "s": {3, 1}}, default=encode))
try:
    json.dumps({"x": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(date(2024, 1, 1))
except TypeError as e:
    print("TypeError:", e)

class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        return super().default(o)

s = json.dumps({"when": date(2020, 5, 17)}, cls=DateEncoder)
print(s)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

print(json.loads(s, object_hook=hook))
print(json.loads('[{"a": 1, "b": 2}]', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1.10, "y": 10}', parse_float=Decimal, parse_int=str))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.dumps([float("nan"), float("inf")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.dumps("é😀"))
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(list(enc.iterencode({"b": [1], "a": None})))
print(json.dumps("</script>"), json.dumps({"a": 1}, indent=None, separators=(", ", ": ")))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
