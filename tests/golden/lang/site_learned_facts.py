# A method or attribute site serving two classes (sibling subclasses running a base's
# method), whose shared keys differ in order or grow later, must keep answering right.


class Base:
    def get_a(self):
        return self.a

    def set_a(self, v):
        self.a = v

    def m(self):
        return "method"

    def call_m(self):
        return self.m()


class P(Base):
    def __init__(self):
        self.a = 1
        self.b = 2


class Q(Base):
    def __init__(self):
        self.b = 3
        self.a = 4


class R(Base):
    def __init__(self):
        self.c = 0
        self.b = 5
        self.a = 6


objs = [P(), Q(), P(), Q(), R(), Q(), P()]
for rounds in range(3):
    print([o.get_a() for o in objs])
    for i, o in enumerate(objs):
        o.set_a(i * 10 + rounds)
    print([o.get_a() for o in objs])
    print([o.call_m() for o in objs])

# The keys of Q grow after the sites have seen Q: a new attribute, then one named as
# the method, which must shadow it from then on (an instance attribute wins).
late = Q()
late.extra = "x"
print([o.call_m() for o in objs + [late]])
late.m = lambda: "instance attribute"
print([o.call_m() for o in objs + [late]])
other = Q()
print(other.call_m(), late.call_m())
del late.m
print(late.call_m())

# An attribute set in another order on one instance only (its values spill into a
# dict); the sites keep answering both kinds.
odd = P.__new__(P)
odd.b = 9
odd.a = 8
print([o.get_a() for o in [odd] + objs])
odd.set_a(-1)
print(odd.get_a(), odd.__dict__)


# Many classes through one site: more than two keep working.
def make(order):
    class K(Base):
        def __init__(self):
            for n in order:
                setattr(self, n, len(n))

    return K


kinds = [make(o) for o in (["a"], ["z", "a"], ["y", "z", "a"], ["a", "z"])]
insts = [k() for k in kinds for _ in range(3)]
for _ in range(2):
    print([o.get_a() for o in insts], [o.call_m() for o in insts][:2])
    for o in insts:
        o.set_a(o.get_a() + 1)
print(sum(o.get_a() for o in insts))
