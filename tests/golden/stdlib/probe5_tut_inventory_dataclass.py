from dataclasses import dataclass, field, asdict
from typing import List
import json
@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    def total(self) -> float:
        return self.price * self.qty
@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    def add(self, item: Item) -> None:
        self.items.append(item)
    def value(self) -> float:
        return sum(i.total() for i in self.items)
inv = Inventory()
inv.add(Item('apple', 0.5, 10))
inv.add(Item('pear', 0.75, 4))
inv.add(Item('fig', 2.0))
print(inv)
print(f'{inv.value():.2f}')
print(json.dumps(asdict(inv), indent=2))
cheap = sorted(inv.items, key=lambda i: (i.price, i.name))
print([i.name for i in cheap])
print(Item('a', 1) == Item('a', 1.0), Item('a', 1) == Item('a', 1, 1))
restored = Inventory([Item(**d) for d in json.loads(json.dumps(asdict(inv)))['items']])
print(restored == inv)
