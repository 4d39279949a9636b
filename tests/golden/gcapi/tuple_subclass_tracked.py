# An instance of a tuple subclass stays tracked (it holds its class and attributes):
# a cycle through it is collected.
import gc
class T(tuple):
    def f(self): pass
t = T((1, 2))
t.me = t
gc.collect()
print(gc.is_tracked(t), gc.is_tracked((1, 2)))
del t
print(gc.collect())
