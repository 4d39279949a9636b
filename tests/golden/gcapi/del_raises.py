class A:
    def __del__(self):
        raise ValueError("boom")
a = A()
del a
print("after refcount death")
import gc
b = A(); b.me = b
del b
print(gc.collect())
print("done")
