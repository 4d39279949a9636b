e = Exception('x'); e.args = (1, 2); print(e.args, str(e), repr(e))
e.args = [3]; print(e.args, type(e.args))
k = KeyError('k'); k.args = ('a', 'b'); print(k, repr(k))
o = OSError(2, 'nf'); o.args = (5,); print(o.args, o.errno, str(o))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.args = (a, b)
x = E(1, 2); print(x.args, str(x), repr(x))
try:
    del e.args
except TypeError as err: print(err)
try:
    e.args = 5
except TypeError as err: print(err)
s = StopIteration(1); s.args = (7,); print(s.value, s.args)
u = UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad'); print(u.args)
for args in [(), (3,), (3, 4)]:
    x = SystemExit(*args); x.args = ('changed',); print(x.code, x.args)
    y = StopIteration(*args); y.args = ('changed',); print(y.value, y.args)
class MyStop(StopIteration): pass
m = MyStop(9); m.args = (); print(m.value, m.args)
g = (i for i in ())
try:
    next(g)
except StopIteration as e:
    e.args = (5,); print(e.value, e.args)
