class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
print(N("temp").name)
print("after print")
N("discarded")
print("after expression statement")
x = [N("in-list")][0].name
print("x =", x)
