import sys
class C:
    def m(self):
        return sys.getrefcount(self)
o = C()
print(o.m())
bound = o.m
print(sys.getrefcount(o))
del bound
def make():
    data = C()
    def inner():
        return data
    return inner, data
fn, data = make()
print(sys.getrefcount(data))
del fn
print(sys.getrefcount(data))
