import weakref
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
a, b = P(1), P(1)
print(weakref.ref(a) == weakref.ref(b))
