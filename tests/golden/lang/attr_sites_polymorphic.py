# One attribute load or method call site seeing instances of several classes in turn:
# every load answers as the full lookup would, whatever the site remembers.


class Base:
    def __init__(self, n):
        self.n = n
        self.state = n * 2

    def runnable(self):
        return repr(self.state)[-3:]


class A(Base):
    def run(self):
        return "A", self.n


class B(Base):
    def run(self):
        return "B", self.n


class C(Base):
    def __init__(self, n):
        self.extra = -n
        super().__init__(n)

    def run(self):
        return "C", self.n


class D(A):
    def __getattr__(self, name):
        return "getattr:" + name


def loads(objs):
    out = []
    for o in objs:
        out.append((o.n, o.state, o.runnable(), o.run()))
    return out


objs = [A(1), B(2), A(3), B(4), C(5), A(6)]
print(loads(objs))
print(loads(objs))

# A class attribute or a property appears on one class: the sites must see it.
B.state = "class attr (shadowed by the instance's)"
print(loads(objs))
B.state = property(lambda self: "property on B")
print(loads(objs))
del B.state
print(loads(objs))

# A subclass overrides an inherited method.
B.runnable = lambda self: "B.runnable"
print(loads(objs))
del B.runnable
print(loads(objs))

# An instance's own attribute hides the method, for one instance only.
objs[1].runnable = lambda: "instance attribute"
print(loads(objs))
del objs[1].runnable
print(loads(objs))

# A missing attribute: AttributeError, or __getattr__ where the class has one.
d = D(7)
del d.state
for o in [A(8), d, B(9), d]:
    try:
        print(o.state)
    except AttributeError as e:
        print("AttributeError:", e)


def state_of(o):
    return o.state


a, b = A(10), B(11)
del a.state
for o in [b, a, b, a]:
    try:
        print(state_of(o))
    except AttributeError as e:
        print("AttributeError:", e)

# __class__ assignment moves an instance between the site's classes.
x = A(12)
print(loads([x, B(13)]))
x.__class__ = B
print(loads([x, A(14)]))
x.__class__ = C
print(loads([x]))


# Stores through one site for instances of two classes, then loads.
def bump(o):
    o.state += 1
    o.fresh = o.n


for o in objs * 2:
    bump(o)
print([(o.state, o.fresh) for o in objs])

# __dict__ asked for: the attributes live in a dict object from then on.
objs[0].__dict__["state"] = "via __dict__"
print(loads(objs))
