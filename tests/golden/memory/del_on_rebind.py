class N:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)
x = N("first")
x = N("second")
print("rebound")
x = None
print("end")
