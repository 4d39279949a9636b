import gc
saved = []
class A:
    def __del__(self):
        saved.append(self)
a = A()
print(gc.is_finalized(a))
del a
print(gc.is_finalized(saved[0]))
print(gc.is_finalized(1), gc.is_finalized([]))
saved.clear()
