# A script in the style of a memory tutorial, written without looking at refpy.
import gc
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        Res.count += 1
    def __del__(self):
        Res.count -= 1
        print(f"closing {self.name}")
def work():
    r = Res('local')
    print('in work')
work()
print('after work', Res.count)
x = Res('x'); y = x
del x
print('deleted x', Res.count)
y = None
print('y none', Res.count)
lst = [Res(f'item{i}') for i in range(3)]
lst.pop(1)
print('popped')
lst.clear()
print('cleared')
a = Res('a'); b = Res('b')
a.other = b; b.other = a
del a, b
print('cycle made', Res.count)
print('collected', gc.collect())
print(Res.count)
def g():
    r = Res('gen')
    yield 1
    yield 2
it = g(); next(it)
del it
print('gen deleted')
try:
    r = Res('exc')
    raise ValueError(r)
except ValueError as e:
    print('caught', e.args[0].name)
print('after except')
del r
with open('/dev/null') as fh:
    pass
print(fh.closed)
