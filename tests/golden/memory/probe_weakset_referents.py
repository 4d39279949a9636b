# WeakSet's repr is the repr of its set of weak references (what it really holds), and
# gc.get_referents of an enumerate shows its iterator and cached result tuple: the index
# is an object only past sys.maxsize.
import gc
import re
import sys
import weakref


def addr_free(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", text)


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name})"


print("-- WeakSet repr")
ws = weakref.WeakSet()
print(repr(ws), str(ws))
a = Item("a")
ws.add(a)
print(addr_free(repr(ws)))
print(addr_free(str(ws)))
b = Item("b")
ws.add(b)
print(len(repr(ws).split(";")), repr(ws).count("to 'Item'"))
del a
print(addr_free(repr(ws)), len(ws))
del b
print(repr(ws), len(ws))
print(repr(weakref.WeakSet([])), type(ws.data).__name__)


class Sub(weakref.WeakSet):
    pass


s = Sub()
keep = Item("k")
s.add(keep)
print(addr_free(repr(s)))
print(repr(Sub()))

print("-- enumerate referents")


def kinds(obj):
    return sorted(type(r).__name__ for r in gc.get_referents(obj))


e = enumerate([10, 20, 30])
print(kinds(e))
next(e)
print(kinds(e))
print(kinds(enumerate("xy", start=1000)))
print(kinds(enumerate([1], start=sys.maxsize)))
big = enumerate([1], start=sys.maxsize + 1)
print(kinds(big), next(big))
held = next(enumerate(iter(range(3)), 7))
print(held, kinds(enumerate(range(2))))
