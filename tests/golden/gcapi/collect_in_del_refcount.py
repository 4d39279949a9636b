import gc
class A:
    def __del__(self):
        print("A del, collect ->", gc.collect())
class B: pass
gc.collect()
b = B(); b.me = b
del b
a = A()
del a
print("end")
