# JSON round trips and their corner cases
import json
from collections import OrderedDict

data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None,
        "active": True, "dims": {"w": 1.0, "h": 2.5}, "ratio": 1e-7, "big": 10**20}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"é": "ü", "emoji": "😀"}), json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps([1, 2, 3], indent="\t"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.loads("[1, 2]"), json.dumps("quote\"back\\slash\n"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1e400"), json.loads("-0.0"), json.loads("123456789012345678901234567890"))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.loads("NaN"), json.loads("-Infinity"))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
for bad in ['{"a": }', "[1, 2", "{'single': 1}", '{"a": 1,}', "", "tru", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")
print(json.dumps({"s": {3, 1, 2}}, default=default))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1, 2]", parse_int=float))
print(json.loads('{"__complex__": true, "re": 1, "im": 2}',
                 object_hook=lambda d: complex(d["re"], d["im"]) if "__complex__" in d else d))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2], cls=Enc))
print(list(Enc(indent=1).iterencode({"a": [1]})))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
try:
    json.loads('{"a": 1} x')
except json.JSONDecodeError as e:
    print(e)
print(json.dumps("\u2028\x00\x1f"), json.loads('"\\ud83d\\ude00"'))
nested = [[[[]]]]
print(json.dumps(nested), json.dumps({}, indent=2), json.dumps([], indent=2))
