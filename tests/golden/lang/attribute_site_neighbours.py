# Loads, stores and method loads through one site, while what answers changes:
# instance values, deleted attributes, a materialized __dict__, shadowing methods,
# descriptors added later, other classes passing through the same site.


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def m(self):
        return "method of " + str(self.x)


def read(o):
    return o.x


def write(o, v):
    o.x = v


def call(o):
    return o.m()


ps = [P(i) for i in range(4)]
print([read(p) for p in ps])
for p in ps:
    write(p, p.x + 10)
print([read(p) for p in ps], [call(p) for p in ps])

p = ps[0]
del p.x
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)
write(p, "back")
print(read(p), p.__dict__)

d = ps[1].__dict__
d["x"] = "via __dict__"
print(read(ps[1]))
write(ps[1], "stored after __dict__")
print(d["x"], read(ps[1]))

ps[2].m = lambda: "instance attribute shadows"
print(call(ps[2]), call(ps[3]))
del ps[2].m
print(call(ps[2]))


class Q:
    def __init__(self):
        self.x = "Q's x"

    def m(self):
        return "Q.m"


for o in [ps[3], Q(), ps[3], Q()]:
    print(read(o), call(o))

P.x = property(lambda self: "property wins")
print(read(ps[3]))
del P.x
print(read(ps[3]))
P.m = lambda self: "replaced method"
print(call(ps[3]))


class G:
    def __getattr__(self, name):
        return "fallback " + name


g = G()
print(read(g))
g.x = 5
print(read(g))


class S:
    __slots__ = ("x",)

    def m(self):
        return "S.m"


s = S()
s.x = "slot"
print(read(s), call(s))
write(s, "slot 2")
print(read(s))


class Del:
    def __del__(self):
        print("Del freed")


holder = P(0)
holder.x = Del()
write(holder, 1)
print("after replace")
holder.x = Del()
print(read(holder).__class__.__name__)
del holder
print("end")
