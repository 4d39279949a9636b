import gc
class A:
    n = 0
    def __del__(self):
        A.n += 1
gc.collect()
gc.set_threshold(0)
print(gc.get_threshold(), gc.isenabled())
for i in range(3000):
    a = A(); a.me = a
del a
print(A.n)
print(gc.collect() >= 3000, A.n)
gc.set_threshold(700, 10, 10)
