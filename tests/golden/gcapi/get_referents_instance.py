import gc
class C: pass
c = C()
c.x = 5
c.y = "v"
r = gc.get_referents(c)
print(r[-1] is C, r[:-1])
print(len(gc.get_referents(object())))
