# Function attribute setters and their CPython messages.
def f(a, b=2, *, c=3):
    return a
def g():
    x = 1
    def inner():
        return x
    return inner
inner = g()
def tryit(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
def s(name, value):
    return lambda: setattr(f, name, value)
def d(name):
    return lambda: delattr(f, name)
tryit("code free", lambda: setattr(f, "__code__", inner.__code__))
tryit("code free2", lambda: setattr(inner, "__code__", f.__code__))
tryit("code int", s("__code__", 5))
tryit("del code", d("__code__"))
tryit("defaults int", s("__defaults__", 5))
tryit("defaults list", s("__defaults__", [1]))
f.__defaults__ = None; print(f.__defaults__)
f.__defaults__ = (9,); print(f.__defaults__, f(1))
del f.__defaults__; print(f.__defaults__)
tryit("kwdefaults int", s("__kwdefaults__", 5))
tryit("kwdefaults list", s("__kwdefaults__", [1]))
f.__kwdefaults__ = None; print(f.__kwdefaults__)
f.__kwdefaults__ = {"c": 7}; print(f.__kwdefaults__)
del f.__kwdefaults__; print(f.__kwdefaults__)
tryit("name int", s("__name__", 1))
tryit("del name", d("__name__"))
tryit("qualname int", s("__qualname__", 1))
tryit("del qualname", d("__qualname__"))
tryit("ann int", s("__annotations__", 5))
tryit("ann list", s("__annotations__", [1]))
f.__annotations__ = None; print(f.__annotations__)
del f.__annotations__; print(f.__annotations__)
tryit("dict int", s("__dict__", 5))
tryit("del dict", d("__dict__"))
tryit("globals", s("__globals__", {}))
tryit("closure", s("__closure__", None))
tryit("builtins", s("__builtins__", {}))
tryit("doc", s("__doc__", 5)); print(f.__doc__)
del f.__doc__; print(f.__doc__)
tryit("module", s("__module__", 5)); print(f.__module__)
del f.__module__; print(f.__module__)
class SD(dict):
    pass
f.__annotations__ = SD(a=1); print(type(f.__annotations__).__name__)
f.__dict__ = SD(k=2); print(type(f.__dict__).__name__, f.k, vars(f))
f.extra = 3
print(sorted(f.__dict__))
