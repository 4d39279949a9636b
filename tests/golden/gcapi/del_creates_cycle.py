import gc
class B:
    def __del__(self):
        print("B del")
class A:
    def __del__(self):
        print("A del")
        b = B(); b.me = b
gc.collect()
a = A(); a.me = a
del a
print(gc.collect())
print(gc.collect())
