# `%` formatting runs only the conversions the format asks for: `%s` calls __str__ and
# never __repr__, and what a conversion raises propagates unchanged.
class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        print("str of", self.tag)
        return "S" + self.tag

    def __repr__(self):
        print("repr of", self.tag)
        return "R" + self.tag


class BadRepr:
    def __str__(self):
        return "fine"

    def __repr__(self):
        raise RuntimeError("repr failed")


a, b = Loud("a"), Loud("b")
print("%s" % a)
print("%r" % a)
print("%a|%s" % (a, b))
print("%s and %s" % (a, b))
print("%(x)s %(x)r" % {"x": a})
print("%s" % BadRepr())
try:
    print("%r" % BadRepr())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    "%(missing)s" % {"x": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%s %s" % (a,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (a, b)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % a
except TypeError as e:
    print("TypeError:", e)
print("%d %i %.2f %x %c %%" % (3.9, True, 2, 255, "z"))
print("%5s|%-5r|%.1s" % ("ab", "c", "xyz"))
print(b"%s %r" % (b"raw", "text"))


# A mapping's __getitem__ runs for each key, in order, and its errors propagate.
class Mapping(dict):
    def __getitem__(self, key):
        print("getitem", key)
        if key == "bad":
            raise LookupError("no " + key)
        return super().__getitem__(key)


m = Mapping(x=1, y=Loud("y"))
print("%(x)d %(y)s" % m)
try:
    "%(bad)s" % m
except LookupError as e:
    print("LookupError:", e)
