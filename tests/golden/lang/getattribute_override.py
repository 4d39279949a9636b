# A __getattribute__ defined in Python runs for every attribute; __getattr__ runs
# when it raises AttributeError (slot_tp_getattr_hook).
class Logged:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("missing", name); return 42
    def meth(self): return "meth"
o = Logged()
print(o.x, o.y, o.meth())
print(getattr(o, 'z', 0), hasattr(o, 'x'))
class Sub(Logged): pass
s = Sub(); print(s.x)
class Deny:
    def __getattribute__(self, name):
        if name.startswith('secret'): raise AttributeError(name)
        return super().__getattribute__(name)
d = Deny(); d.secret = 1; d.public = 2
print(d.public, hasattr(d, 'secret'))
try: d.secret
except AttributeError as e: print("AE", e)
