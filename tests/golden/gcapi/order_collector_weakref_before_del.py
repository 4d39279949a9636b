import gc, weakref
class A:
    def __del__(self):
        print("del, ref alive:", r() is not None)
gc.collect()
a = A(); a.me = a
r = weakref.ref(a, lambda w: print("callback"))
del a
print(gc.collect())
