import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = D("a")
    l1 = locals()
    l2 = locals()
    print(l1 is l2, sorted(l1))
    del a
    print("after del a")
    l3 = locals()
    print("after locals()", sorted(l3), l3 is l1)
    b = D("b")
    fr = sys._getframe()
    print(fr.f_locals is l1)
    del b
    print("after del b")
    fr.f_locals
    print("after f_locals")
f()
print("end")
