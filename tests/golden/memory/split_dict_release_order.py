# Release order of instance attributes after a delete and re-add: a split table (inline
# attributes or a materialized __dict__) releases by the class's shared-keys order.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

class H:
    pass

h = H()
h.c = D('c1')
h.zz = D('zz1')
h.__dict__.pop('c', None)
print('-- popped via __dict__')
h.c = D('c2')
print(list(h.__dict__))
del h
print('-- h gone')

g = H()
g.c = D('c3')
g.zz = D('zz3')
del g.c
g.c = D('c4')
del g
print('-- g gone')

k = H()
k.zz = D('zz5')
k.c = D('c5')
d = k.__dict__
del k
print('-- k gone, dict kept')
del d
print('-- dict gone')

m = H()
m.c = D('c6')
m.zz = D('zz6')
m.extra = D('x6')
md = m.__dict__
del md['c']
md['c'] = D('c7')
del m, md
print('-- m gone')
