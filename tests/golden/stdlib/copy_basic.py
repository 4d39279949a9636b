import copy


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.tags)


p = Point(1, ["a"])
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, s.tags is p.tags, d.tags is p.tags, type(d) is Point)
nested = {"k": [1, {"z": [2]}], "t": (1, [3])}
dc = copy.deepcopy(nested)
print(dc == nested, dc["k"] is nested["k"], dc["t"] is nested["t"], dc["t"][1] is nested["t"][1])
sc = copy.copy(nested)
print(sc == nested, sc is nested, sc["k"] is nested["k"])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, 2)))
print(copy.deepcopy(len) is len, copy.copy(int) is int, copy.deepcopy({1, 2}), copy.copy(frozenset({3})))
print(copy.copy(bytearray(b"ab")), copy.copy(set("a")), copy.deepcopy([b"x", 1.5, None, True]))


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__, id(self) in memo)
        return Hooked(copy.deepcopy(self.v, memo))


h = Hooked(1)
print(copy.copy(h).v, copy.deepcopy(h).v)


class Stateful:
    def __init__(self):
        self.secret = "s"
        self.public = "p"

    def __getstate__(self):
        return {"public": self.public}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.restored = True


st = copy.deepcopy(Stateful())
print(st.public, st.restored, hasattr(st, "secret"))


class Slots:
    __slots__ = ("a", "b")


o = Slots()
o.a = [1]
o.b = 2
oc = copy.deepcopy(o)
print(oc.a, oc.b, oc.a is o.a)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, memo[id(x)] is y[0])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
