import weakref
class A:
    def __del__(self):
        print("del, ref alive:", r() is not None)
a = A()
r = weakref.ref(a, lambda w: print("callback, ref dead:", w() is None))
del a
print("end")
