class N:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)
a = N("a")
b = a
del a
print("after del a (b still holds it)")
del b
print("after del b")
