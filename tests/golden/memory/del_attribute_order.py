class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Holder:
    pass
h = Holder()
h.z = N("z")
h.a = N("a")
h.m = N("m")
del h.a
h.a = N("a2")
print("drop holder")
del h
print("end")
