# type(x) is the type of x; any other call of `type` itself needs three arguments
# ("type() takes 1 or 3 arguments", from type_call), while type.__new__ called
# directly, or through a metaclass, counts its own ("takes exactly 3 arguments").
calls = [
    lambda: type("X", (), {}, 1),
    lambda: type("X", ()),
    lambda: type(),
    lambda: type(1, k=2),
    lambda: type.__new__(type, "X", (), {}, 1),
    lambda: type.__new__(type, "X"),
    lambda: type.__new__(type),
    lambda: type.__new__(type, 5),
    lambda: type.__new__(type, 1, (), {}),
    lambda: type.__new__(type, "X", [], {}),
    lambda: type.__new__(type, "X", (), []),
    lambda: type.__new__(),
    lambda: type.__new__(1),
    lambda: type.__new__(int, "X", (), {}),
    lambda: type.__init__(type),
    lambda: type.__init__(int, 1, 2),
    lambda: type("X", (), {}, k=1),
    lambda: type.__call__(type, 3.5),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    pass


for call in [lambda: Meta("X"), lambda: Meta(1), lambda: Meta("X", (), {}, 1), lambda: Meta()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(Meta("Y", (), {"a": 1}).a, type(Meta("Z", (), {})).__name__, type(type), type(Meta))
