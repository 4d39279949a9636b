import gc
saved = []
class A:
    def __del__(self):
        print("del")
        saved.append(self)
a = A(); a.me = a
del a
gc.collect()
print(gc.collect(), len(saved))
saved[0].me = None
saved.clear()
print(gc.collect())
