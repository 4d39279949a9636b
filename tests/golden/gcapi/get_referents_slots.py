import gc
class S:
    __slots__ = ("a", "b", "__dict__")
s = S()
s.b = "b"
s.a = "a"
s.z = "z"
r = gc.get_referents(s)
print(r[-1] is S, r[:-1])
