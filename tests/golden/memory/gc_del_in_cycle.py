import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
a, b = N("a"), N("b")
a.peer, b.peer = b, a
del a, b
print("before collect")
print("collected", gc.collect())
print("after collect", gc.garbage)
