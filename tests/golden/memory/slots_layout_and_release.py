# __slots__ are laid out mangled and sorted; on death the most derived class's slots
# are released first, then the bases', then the instance attributes (subtype_dealloc).
# A cell's contents can be assigned and deleted.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class S:
    __slots__ = ('q', 'p', 'a', '__priv', 'Z')
    def __init__(self):
        self.q, self.p, self.a, self.__priv, self.Z = D('q'), D('p'), D('a'), D('priv'), D('Z')
    def get(self): return self.__priv.n
s = S(); print(s.get(), S.__slots__, hasattr(s, '_S__priv'))
del s
print("--")
class T(S):
    __slots__ = ['m', 'b']
t = T(); t.m = D('m'); t.b = D('b')
del t
def outer():
    x = D('cell')
    def inner(): return x
    return inner
f = outer(); c = f.__closure__[0]
print(c.cell_contents.n)
c.cell_contents = D('new')
print(f().n)
del c.cell_contents
try: f()
except NameError as e: print("NE", e)
class U:
    __slots__ = ('s', '__dict__')
u = U(); u.x = D('attr'); u.s = D('slot'); u.y = D('attr2')
del u
class B:
    __slots__ = ('b',)
class M(B):
    pass
m = M(); m.z = D('mz'); m.b = D('mb')
del m
print("end")
