class A:
    def f(*a):
        return super()
    def g(self):
        del self
        return super()
    def h(self):
        __class__ = 5
        return super()
def outer():
    return super()
for fn in (lambda: A().f(), lambda: A().g(), outer, lambda: eval("super()"), lambda: A().h()):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
def outer2(x):
    del x
    return super()
def outer3(x):
    return super()
for fn in (lambda: outer2(1), lambda: outer3(1)):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def m(self):
        return [super() for _ in range(1)]
try:
    B().m()
except Exception as e:
    print(type(e).__name__, e)
