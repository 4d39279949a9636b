import gc
class A:
    def __del__(self):
        print("A del, nested collect ->", gc.collect())
gc.collect()
a = A(); a.me = a
del a
print(gc.collect())
print(gc.collect())
