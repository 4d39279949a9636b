# object.__new__ / object.__init__ refuse extra arguments unless the other is overridden
# (typeobject.c object_new, object_init).
class A: pass
class N:
    def __new__(cls, *a): return object.__new__(cls)
class I:
    def __init__(self, *a): object.__init__(self, *a)
for f in [lambda: object.__new__(A, 1), lambda: object.__new__(N, 1), lambda: object.__init__(A(), 1), lambda: N(1), lambda: I(1), lambda: object.__init__(N(), 2), lambda: object(1), lambda: A(y=2)]:
    try: f(); print("ok")
    except TypeError as e: print(e)
