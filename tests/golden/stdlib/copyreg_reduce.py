# copyreg: _reduce_ex / _reconstructor (protocols 0 and 1), __newobj__, _slotnames
import copyreg
import pickle
import sys


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, "->", type(e).__name__, e)
        return None
    print(f.__name__, "->", r[0].__name__, r[1:])
    return r


class Plain:
    pass


class MyList(list):
    pass


class Deeper(MyList):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class MyBytes(bytes):
    pass


class Slots:
    __slots__ = ("a", "__b")


class SlotsState:
    __slots__ = ("a",)

    def __getstate__(self):
        return {"a": getattr(self, "a", None)}

    def __setstate__(self, state):
        self.a = state["a"]


class Empty:
    __slots__ = ()


class Falsy:
    def __getstate__(self):
        return 0


class Listy:
    def __getstate__(self):
        return [1, 2]


p = Plain()
for proto in (0, 1):
    show(copyreg._reduce_ex, p, proto)
p.x = 1
show(copyreg._reduce_ex, p, 0)
m = MyList([1, 2])
show(copyreg._reduce_ex, m, 0)
m.tag = "t"
show(copyreg._reduce_ex, m, 1)
show(copyreg._reduce_ex, Deeper([3]), 0)
show(copyreg._reduce_ex, MyInt(7), 0)
show(copyreg._reduce_ex, MyTuple((1, "a")), 1)
show(copyreg._reduce_ex, MyDict(k=1), 0)
show(copyreg._reduce_ex, MyBytes(b"ab"), 0)
show(copyreg._reduce_ex, Slots(), 0)
s = SlotsState()
s.a = 4
show(copyreg._reduce_ex, s, 1)
show(copyreg._reduce_ex, Empty(), 0)
show(copyreg._reduce_ex, Falsy(), 0)
show(copyreg._reduce_ex, Listy(), 1)
show(copyreg._reduce_ex, 5, 0)
show(copyreg._reduce_ex, [1], 1)
show(copyreg._reduce_ex, iter([]), 0)
try:
    copyreg._reduce_ex(p, 2)
except AssertionError:
    print("assert for protocol 2")

# object.__reduce_ex__ goes through copyreg for 0 and 1
r = m.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1:])
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1:])
r = m.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1], r[2], list(r[3]), r[4])

# _reconstructor
print(copyreg._reconstructor(MyList, list, [1, 2]), type(copyreg._reconstructor(MyList, list, [1, 2])).__name__)
print(type(copyreg._reconstructor(Plain, object, None)).__name__)
print(copyreg._reconstructor(MyInt, int, 9) + 1)


class Loud(list):
    def __init__(self, *args):
        print("Loud.__init__", args)
        super().__init__(*args)


class LoudSub(Loud):
    pass


print(copyreg._reconstructor(LoudSub, Loud, [5]))

# round trips through pickle with protocols 0 and 1
for proto in (0, 1):
    q = pickle.loads(pickle.dumps(m, proto))
    print(proto, type(q).__name__, q, q.tag)
    q = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(q).__name__, q.a)
    try:
        pickle.dumps(Slots(), proto)
    except TypeError as e:
        print(proto, e)

# __newobj__ / __newobj_ex__


class KW:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __init__(self, *args, **kwargs):
        print("never called")


o = copyreg.__newobj__(KW, 1, 2)
print(type(o).__name__, o.args, o.kwargs)
o = copyreg.__newobj_ex__(KW, (3,), {"k": 4})
print(type(o).__name__, o.args, o.kwargs)
print(copyreg.__newobj__(MyInt, 12), copyreg.__newobj_ex__(MyTuple, ([1, 2],), {}))

# _slotnames


class W:
    __slots__ = ("__dict__", "__weakref__", "x", "__y__", "_z", "__w")


class WSub(W):
    __slots__ = "v"


class _Under:
    __slots__ = ("__p",)


class __Dunder:
    __slots__ = ["__q"]


print(copyreg._slotnames(W), W.__slotnames__)
print(copyreg._slotnames(WSub))
print(copyreg._slotnames(_Under), copyreg._slotnames(__Dunder))
print(copyreg._slotnames(Plain), Plain.__slotnames__)
print("__slotnames__" in vars(int), copyreg._slotnames(int), "__slotnames__" in vars(int))
W.__slotnames__ = ["cached"]
print(copyreg._slotnames(W))
print(sys.getrefcount(copyreg._reconstructor) > 1, copyreg._HEAPTYPE)
