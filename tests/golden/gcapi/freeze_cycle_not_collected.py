import gc
class A:
    def __del__(self):
        print("del")
a = A(); a.me = a
gc.freeze()
del a
print(gc.collect())
gc.unfreeze()
print(gc.collect())
