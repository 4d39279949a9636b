import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def cb(ref):
    print("callback, ref now", ref())
o = Obj("o")
r = weakref.ref(o, cb)
print(r() is o, r().name)
del o
print("dead ref:", r())
