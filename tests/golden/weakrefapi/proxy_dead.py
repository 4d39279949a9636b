import weakref
class A: pass
a = A()
p = weakref.proxy(a, lambda w: print("cb", type(w).__name__))
del a
for action in (lambda: p.x, lambda: str(p), lambda: bool(p)):
    try:
        action()
    except ReferenceError as e:
        print(type(e).__name__, e)
