# One attribute site seeing instances of two classes whose shared keys put the name at
# different indices, instances whose values moved to a dict, and a method hidden by an
# instance attribute, through the same cached sites.
class A:
    def __init__(self):
        self.x = "A.x"
        self.y = "A.y"
    def m(self):
        return "A.m"

class B:
    def __init__(self):
        self.y = "B.y"
        self.x = "B.x"
    def m(self):
        return "B.m"

def read(o):
    return o.x, o.y

def write(o, v):
    o.y = v

def call(o):
    return o.m()

objs = [A(), B(), A(), B()]
objs[2].__dict__          # its values now in a dict
objs[3].z = 1
for _ in range(3):
    for o in objs:
        print(read(o), call(o))
for i, o in enumerate(objs):
    write(o, i)
print([read(o) for o in objs])

a = A()
print(call(a))
a.m = lambda: "instance m"
print(call(a))
del a.m
print(call(a))

# A class whose instances set the same names in two orders.
class C:
    pass
def make(order):
    c = C()
    for k in order:
        setattr(c, k, k.upper())
    return c
cs = [make("pq"), make("qp"), make("p"), make("q")]
def getp(c):
    return getattr(c, "p", None), c.__dict__.get("q")
for c in cs:
    print(getp(c), list(vars(c)))
def rd(c):
    try:
        return c.p
    except AttributeError as e:
        return str(e)
print([rd(c) for c in cs])
