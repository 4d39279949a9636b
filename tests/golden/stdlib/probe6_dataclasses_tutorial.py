# Dataclass-based shopping cart with validation and conversions.
from dataclasses import dataclass, field, asdict, astuple, fields, replace
from typing import Optional
import json

@dataclass
class Product:
    sku: str
    name: str
    price_cents: int

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.sku}")

@dataclass
class LineItem:
    product: Product
    qty: int = 1

    @property
    def total(self):
        return self.product.price_cents * self.qty

@dataclass
class Cart:
    owner: str
    items: list[LineItem] = field(default_factory=list)
    coupon: Optional[str] = None

    def add(self, product, qty=1):
        for it in self.items:
            if it.product == product:
                it.qty += qty
                return
        self.items.append(LineItem(product, qty))

    @property
    def total(self):
        return sum(i.total for i in self.items)

pen = Product("P1", "Pen", 150)
pad = Product("P2", "Notepad", 399)
cart = Cart("ann")
cart.add(pen, 2)
cart.add(pad)
cart.add(pen)
print(cart)
print(cart.total, [i.total for i in cart.items])
print(json.dumps(asdict(cart), indent=2))
print(astuple(cart.items[0]))
print(asdict(cart, dict_factory=lambda kv: {k: v for k, v in kv if v is not None}))
try:
    Product("bad", "Bad", -1)
except ValueError as e:
    print("ValueError:", e)
cheap = replace(pen, price_cents=99)
print(cheap, pen == cheap, pen == Product("P1", "Pen", 150))
print([(f.name, f.type) for f in fields(LineItem)])
print([(f.name, str(f.type)) for f in fields(Cart)])
c2 = Cart("bob", coupon="SAVE")
print(c2.items is not cart.items, c2)
print(Cart.__init__.__doc__ if Cart.__init__.__doc__ else "no doc", Cart.__doc__)
print(repr(fields(Product)[0]).split("type=")[0])
try:
    replace(pen, color="red")
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Product)
except TypeError as e:
    print("TypeError:", e)
