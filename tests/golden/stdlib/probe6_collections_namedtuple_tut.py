# namedtuple tutorial: CSV rows into records, defaults, subclassing, _replace in loops.
from collections import namedtuple
import csv, io

raw = "name,price,qty\nwidget,2.50,10\ngadget,10.00,3\ngizmo,7.25,0\n"
Row = namedtuple("Row", next(csv.reader(io.StringIO(raw))))
rows = [Row._make(r) for r in list(csv.reader(io.StringIO(raw)))[1:]]
print(rows[0], rows[0].price, Row._fields)
rows = [r._replace(price=float(r.price), qty=int(r.qty)) for r in rows]
print(rows)
print(sum(r.price * r.qty for r in rows), [r.name for r in rows if r.qty])

class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return "Point: x=%6.3f  y=%6.3f  hypot=%6.3f" % (self.x, self.y, self.hypot)

for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(1, 2)), Point(1, 2)._asdict(), Point._make((5, 6)) + (7,))
Point3D = namedtuple("Point3D", Point._fields + ("z",), defaults=(0,))
print(Point3D(1, 2), Point3D._field_defaults, Point3D.__new__.__defaults__)
Account = namedtuple("Account", "owner balance", defaults=[0])
acct = Account("ann")
print(acct, acct._replace(balance=acct.balance + 100))
Color = namedtuple("Color", "red green blue")
c = Color(255, 128, 0)
r, g, b = c
print(r, g, b, c[1:], c[::-1], len(c), max(c), c == (255, 128, 0), hash(c) == hash((255, 128, 0)))
print(dict(zip(Color._fields, c)), Color(**{"red": 1, "green": 2, "blue": 3}), Color(*[9, 9, 9]))
print(isinstance(c, tuple), type(c).__mro__[1].__name__, Color.__name__, Color.red)
try:
    c.red = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Color(1, 2, 3, green=5)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("X", ["_private"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("X", ["a"], defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("1bad", "a")
except ValueError as e:
    print("ValueError:", e)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, repr(namedtuple("S", "a,b")(1, [2])))
