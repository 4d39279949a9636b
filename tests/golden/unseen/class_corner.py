class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Meta):
    pass
print(Duck, len(Duck), Duck[int], isinstance(type("X", (), {"quack": 1})(), Duck))
class Gen:
    def __class_getitem__(cls, item):
        return f"Gen of {item}"
print(Gen[int], Gen[int, str])
class Lazy:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name * 2
        setattr(self, name, value)
        return value
l = Lazy()
print(l.ab, l.__dict__, hasattr(l, "_private"))
class Access:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
a = Access()
a.x = 1
print(a.secret, a.x)
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(1)
try:
    f.a = 2
except AttributeError as e:
    print(e, f.a)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
print([10, 20, 30][Num(1)], hex(Num(255)), bin(Num(3)), float(Num(2)), range(Num(3)), "ab" * Num(2))
class Cont:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __bool__(self): return True
    def __reversed__(self): return iter("rev")
    def __contains__(self, k): return k == "magic"
print(bool(Cont()), len(Cont()), list(reversed(Cont())), "magic" in Cont(), "x" in Cont())
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1)]), max(Ord(3), Ord(5)), min([Ord(2), Ord(0)]))
try:
    Ord(1) > Ord(2)
    print("gt via reflected lt:", Ord(1) > Ord(2))
    Ord(1) <= Ord(2)
except TypeError as e:
    print(e)
class A:
    x = 1
    def show(self): return self.x
class B(A):
    x = 2
print(B().show(), A.show(B()), super(B, B()).show(), B.__dict__.get("show"), "x" in B.__dict__)
obj = B()
obj.__dict__["x"] = 99
print(obj.show(), vars(obj))
del obj.x
print(obj.show())
print(type("Dyn", (A,), {"y": 3})().show(), type(3).__name__, type(type).__name__)
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print("init", v)
WithNew(7)
class Weird:
    def __new__(cls):
        return 42
print(Weird())
class Callable:
    def __call__(self, *a, **k):
        return a, k
print(Callable()(1, x=2), callable(Callable), callable(Callable()))
class P:
    @property
    def v(self):
        raise AttributeError("inner missing")
    def __getattr__(self, n):
        return f"fallback {n}"
print(P().v)
print(A.__name__, A.__qualname__, A.__doc__, A.__module__, B.__base__.__name__, B.__subclasses__(), A.__subclasses__())
