import weakref
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
for obj in (MyList(), MyDict()):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
try:
    weakref.ref(MyInt(3))
except TypeError as e:
    print(e)
