# How big is an instance's __dict__? Key-sharing dictionaries in practice
import sys

class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

u1 = User("ann", "a@x")
u2 = User("bob", "b@x")
print("instance:", sys.getsizeof(u1))
print("dict of 2 attrs:", sys.getsizeof(u1.__dict__), sys.getsizeof(u2.__dict__))
u1.age = 30
print("after a third attr:", sys.getsizeof(u1.__dict__), sys.getsizeof(u2.__dict__))
for i in range(10):
    setattr(u1, f"extra{i}", i)
    print(f"  {i + 4} attrs:", sys.getsizeof(u1.__dict__))
u3 = User("cy", "c@x")
print("new instance after growth:", sys.getsizeof(u3.__dict__))
del u3.email
print("after deleting an attr:", sys.getsizeof(u3.__dict__), u3.__dict__)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [Point(i, i) for i in range(3)]
print("points:", [sys.getsizeof(p.__dict__) for p in pts])
pts[0].__dict__["z"] = 0
print("after adding z via __dict__:", [sys.getsizeof(p.__dict__) for p in pts])
p = Point(1, 2)
print(sys.getsizeof(vars(p)), vars(p))
p.__dict__ = {"x": 5}
print("replaced dict:", sys.getsizeof(p.__dict__), p.x)

class Reordered:
    def __init__(self, flag):
        if flag:
            self.a = 1
            self.b = 2
        else:
            self.b = 2
            self.a = 1
r1, r2 = Reordered(True), Reordered(False)
print("different insertion order:", sys.getsizeof(r1.__dict__), sys.getsizeof(r2.__dict__), list(r2.__dict__))

class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, "attr%d" % i, i)
print("40 attributes:", sys.getsizeof(m.__dict__))
plain = {"name": "ann", "email": "a@x"}
print("plain dict of 2 str keys:", sys.getsizeof(plain), "copy:", sys.getsizeof(u2.__dict__.copy()))
print("dict(vars):", sys.getsizeof(dict(vars(u2))), "fromkeys:", sys.getsizeof(dict.fromkeys(["name", "email"])))
class Empty:
    pass
e = Empty()
print("empty instance dict:", sys.getsizeof(e.__dict__), e.__dict__)
e.only = 1
print("one attr:", sys.getsizeof(e.__dict__))
print("class dict proxy:", type(User.__dict__).__name__, "__init__" in User.__dict__)
