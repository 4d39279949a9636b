import weakref
class W:
    def __init__(self, name):
        self.name = name
    def m(self):
        return self.name
o = W('a')
p = weakref.proxy(o)
print(dir(p) == dir(o), 'name' in dir(p), 'm' in dir(p))
print(p.__class__.__name__, type(p).__name__)
print(sorted(vars(o)), p.__dict__ == o.__dict__)
