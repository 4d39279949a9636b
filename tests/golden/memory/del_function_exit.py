class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(p):
    second = N("local2")
    first = N("local1")
    print("leaving f")
f(N("param"))
print("after f")
def g():
    keep = N("returned")
    tmp = N("tmp")
    return keep
r = g()
print("after g", r.name)
