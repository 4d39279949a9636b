class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [N(i) for i in range(4)]
print("drop list")
del items
t = (N("t0"), N("t1"), N("t2"))
print("drop tuple")
t = None
lst = [N("c0"), N("c1"), N("c2")]
print("clear")
lst.clear()
print("end")
