# A metaclass overriding mro(), and the in-place power message.
class A:
    pass
class M(type):
    def mro(cls):
        print("mro called for", cls.__name__)
        return [cls, object]
class Z(A, metaclass=M):
    pass
print(Z.__mro__, issubclass(Z, A))
class Rev(type):
    def mro(cls):
        return list(reversed(super().mro()))
class P:
    def who(self):
        return "P"
class Q(P):
    def who(self):
        return "Q"
class R(Q, metaclass=Rev):
    pass
print([c.__name__ for c in R.__mro__], R().who())
class Bad(type):
    def mro(cls):
        return [cls, 5]
try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print(e)
class W:
    def __add__(self, o):
        return NotImplemented
w = W()
for op in ("+=", "-=", "**=", "@=", "//="):
    try:
        exec(f"w {op} 1")
    except TypeError as e:
        print(e)
try:
    w ** 1
except TypeError as e:
    print(e)
n = 2
try:
    n **= "a"
except TypeError as e:
    print(e)
