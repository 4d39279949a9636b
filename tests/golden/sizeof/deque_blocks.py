import sys
from collections import deque
def show(label, d):
    print(label, len(d), sys.getsizeof(d))
d = deque()
show("empty", d)
show("three", deque([1, 2, 3]))
show("hundred", deque(range(100)))
for n in (31, 32, 33, 95, 96, 97, 200):
    show("range%d" % n, deque(range(n)))
d = deque()
for i in range(40):
    d.appendleft(i)
    if i in (0, 31, 32, 33, 39):
        show("appendleft%d" % i, d)
for i in range(40):
    d.pop()
    if i in (0, 7, 8, 38, 39):
        show("pop%d" % i, d)
d = deque(range(70))
for i in range(70):
    d.popleft()
    if i in (30, 31, 32, 68, 69):
        show("popleft%d" % i, d)
d.append(1)
show("after empty append", d)
d = deque(range(10))
d.rotate(3); show("rot3", d)
d.rotate(-7); show("rot-7", d)
d.rotate(25); show("rot25", d)
d = deque(range(60))
d.rotate(-30); show("rot-30", d)
d.rotate(40); show("rot40", d)
d.insert(5, 'x'); show("insert", d)
d.insert(-3, 'y'); show("insert-3", d)
del d[10]; show("del10", d)
d.remove('x'); show("remove", d)
d.clear(); show("clear", d)
d.clear(); show("clear2", d)
m = deque(maxlen=3)
for i in range(100):
    m.append(i)
show("maxlen3", m)
for i in range(100):
    m.appendleft(i)
show("maxlen3 left", m)
z = deque(maxlen=0)
for i in range(40):
    z.append(i)
show("maxlen0", z)
z.extend(range(100)); show("maxlen0 ext", z)
e = deque('abc') * 30; show("mul", e)
e *= 2; show("imul", e)
c = e.copy(); show("copy", c)
e.extendleft(range(70)); show("extendleft", e)
e.reverse(); show("reverse", e)
x = deque(range(5)) + deque(range(100)); show("add", x)
r = deque(range(64)); r.popleft(); r.append(1); show("wrap", r)
