# One attribute site (one name in one code object) sees instances of many classes with
# __slots__: plain, subclassed with more slots, with a __dict__, with Python
# __setattr__/__getattribute__/__getattr__, and properties shadowing nothing.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q(P):
    __slots__ = ('z',)

class R(P):
    pass

class S(P):
    def __setattr__(self, k, v):
        print('  setattr', k, v)
        object.__setattr__(self, k, v)

class T(P):
    def __getattribute__(self, k):
        print('  getattribute', k)
        return object.__getattribute__(self, k)

class U(P):
    def __getattr__(self, k):
        return 'fallback ' + k

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def touch(objs):
    for o in objs:
        try:
            print(type(o).__name__, o.x, o.y)
            o.x = o.x + 1
            print(' x ->', o.x)
            del o.y
            print(' y ->', o.y)
        except AttributeError as e:
            print(' AttributeError:', e)

for round in range(3):
    print('round', round)
    touch([P(1, 2), Q(3, 4), R(5, 6), S(7, 8), T(9, 10), U(11, 12), Plain(13, 14), P(15, 16)])

q = Q(1, 2)
try:
    q.z
except AttributeError as e:
    print(e)
q.z = 5
print(q.z)
r = R(1, 2)
r.extra = 'in dict'
print(r.extra, r.x)

# Values stored through the site are counted and released as ever.
import sys
class D:
    def __del__(self):
        print('  D freed')
p = P(D(), None)
def replace(o, v):
    o.x = v
print('before replace')
replace(p, 0)
print('after replace', sys.getrefcount(p))
for i in range(3):
    replace(p, D())
print('end')
