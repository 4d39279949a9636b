import sys, gc, weakref, functools, copy
import sys, gc
l = [1]
print(sys.getsizeof(l.append), sys.getsizeof((1).__add__), sys.getsizeof(list.append), sys.getsizeof(int.__add__), sys.getsizeof(dict.fromkeys), sys.getsizeof(len))
print(type(l.append).__name__, type((1).__add__).__name__, type(list.append).__name__, type(int.__add__).__name__, type(dict.__dict__['fromkeys']).__name__, type(dict.fromkeys).__name__)
print(l.append.__self__ is l, l.append.__name__, l.append.__qualname__, (1).__add__.__self__, (1).__add__.__name__, (1).__add__.__qualname__)
print(list.append.__name__, list.append.__qualname__, int.__add__.__qualname__, list.append.__objclass__, int.__add__.__objclass__)
print(l.append == l.append, l.append == [].append, (1).__add__ == (1).__add__, hash(l.append) == hash(l.append))
print(gc.is_tracked(l.append), gc.is_tracked((1).__add__), gc.is_tracked(list.append))
m = l.append
print(sys.getrefcount(l))
print(len(gc.get_referents(m)), [type(x).__name__ for x in gc.get_referents(m)])
l.append(l.append)
del l, m
print(gc.collect())
print(dict.fromkeys.__self__, dict.fromkeys('ab'), dict.fromkeys.__name__)
print(list.append(x := [], 3), x)
print(int.__add__(2, 3), (5).__add__(1))
print(str(list.append), str(int.__add__), str(dict.__dict__['fromkeys']))
print(type(str.join).__name__, type("".join).__name__, type(object.__eq__).__name__, type(object().__eq__).__name__)
print(type(list.__len__).__name__, type([].__len__).__name__, type([].__class__.__len__).__name__)

l = [3, 1, 2]
m = getattr(l, 'sort')
print(type(m).__name__, m.__self__ is l, m.__name__, m.__qualname__)
try:
    m.__func__
except AttributeError as e:
    print(e)
try:
    weakref.WeakMethod(l.append)
except TypeError as e:
    print(e)
p = functools.partial(l.append, 9)
p()
print(l, callable(l.append), callable(list.append))
print(type(str.join.__get__(",")).__name__, str.join.__get__(",")(["a", "b"]))
print(type(int.__add__.__get__(3)).__name__, int.__add__.__get__(3)(4))
print(list.append.__get__(None, list) is list.append)
try:
    str.join.__get__(5)
except TypeError as e:
    print(e)
class C:
    def __init__(self):
        super().__init__()
        self.s = super().__init__
c = C()
print(type(c.s).__name__, type(super(C, c).__repr__).__name__)
print(type(object().__str__).__name__, type(object().__reduce_ex__).__name__, type(object.__reduce_ex__).__name__)
print(type(dict.fromkeys).__name__, type({}.fromkeys).__name__, {}.fromkeys.__self__)
print(type(int.from_bytes).__name__, int.from_bytes(b'\x01\x00', 'big'), type(bytes.fromhex).__name__)
print(copy.copy(l.append) == l.append)
d = {l.append: 1}
print(d[l.append], hash((1).__add__) == hash((1).__add__), (1).__add__ == (2).__add__)
print(len({l.append, l.append, l.pop}))
x = [1]
meth = x.append
print(sys.getrefcount(x))
del meth
print(sys.getrefcount(x))
y = []
y.append(y.append)
y.append((1).__add__)
del y
print(gc.collect())
print(gc.is_tracked([].append), gc.is_tracked((1).__add__), gc.is_tracked(list.append))
print(sys.getsizeof({}.fromkeys), sys.getsizeof(str.join), sys.getsizeof("".join), sys.getsizeof("".__len__))
print(repr(list.__dict__['append']), repr(list.__dict__['__len__']), repr(dict.__dict__['fromkeys']))
print(list.__len__.__objclass__, dict.__dict__['fromkeys'].__objclass__, dict.__dict__['fromkeys'].__name__)
print(dict.__dict__['fromkeys'](dict, 'xy'), type(dict.__dict__['fromkeys'].__get__(None, dict)).__name__)
print([1].__len__(), [].__class__.__name__, len.__self__)
