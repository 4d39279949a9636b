import gc
class A: pass
a = A()
l = [a]
objs = gc.get_objects()
print(type(objs).__name__)
print(any(o is a for o in objs), any(o is l for o in objs))
print(any(o is 12345 for o in objs))
s = "text"
print(any(o is s for o in gc.get_objects()))
