from dataclasses import dataclass, field, asdict, astuple, replace
from collections import defaultdict, Counter
import json

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = self.price * self.quantity

    @property
    def total(self):
        return self.price * self.quantity

inventory = [
    Item("widget", 2.50, 10, ["small", "metal"]),
    Item("gadget", 12.99, 3, ["electronic"]),
    Item("doohickey", 0.75, 100),
    Item("thingamajig", 45.00, 1, ["large", "metal"]),
]
for item in sorted(inventory):
    print(item, f"total={item.total:.2f}")

print(max(inventory).name, min(inventory).name)
by_tag = defaultdict(list)
for it in inventory:
    for t in it.tags or ["untagged"]:
        by_tag[t].append(it.name)
print(dict(by_tag))
print(Counter(t for it in inventory for t in it.tags).most_common(2))
print(asdict(inventory[0]))
print(astuple(inventory[1]))
cheap = replace(inventory[1], price=9.99)
print(cheap, cheap == inventory[1], cheap.sort_index)
print(json.dumps([asdict(i) for i in inventory], indent=2, sort_keys=True))
print(json.dumps({"count": len(inventory), "value": round(sum(i.total for i in inventory), 2)}))
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    inventory[0] < 5
except TypeError as e:
    print("TypeError:", e)
print(Item.__dataclass_fields__.keys())
print([f.name for f in __import__("dataclasses").fields(Item)])
