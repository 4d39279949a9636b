# obj.__dict__ = d releases the old attributes at once; d becomes the store itself;
# del obj.__dict__ empties it; only a dict is accepted.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class H:
    pass


h = H()
h.a = D('a')
h.b = D('b')
h.__dict__ = {'c': D('c')}
print('-- assigned')
print(h.c.name, hasattr(h, 'a'))
d = h.__dict__
h.__dict__ = {'e': 1}
print('-- replaced, old dict kept:', sorted(d))
h.z = 2
print(sorted(d), h.__dict__)
new = {}
h.__dict__ = new
h.q = 3
print(new is h.__dict__, new)
del d
print('-- old dict dropped')
try:
    h.__dict__ = [1]
except TypeError as e:
    print('TypeError:', e)
h.w = D('w')
del h.__dict__
print('-- deleted', vars(h))
h.v = 1
print(vars(h))
