class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    local = N("frame-local")
    raise RuntimeError("boom")
try:
    fail()
except RuntimeError as e:
    print("in except:", e)
print("after except")
