class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.swallow
with Ctx("a") as a, Ctx("b"):
    print("body", a.name)
with Ctx("c", swallow=True):
    raise KeyError("ignored")
try:
    with Ctx("d"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
