import sys, gc
x = "dyn" + str(5)
y = sys.intern(x)
print(y is x, sys.getrefcount(x))
z = "dy" + "n5" if False else "".join(["dy", "n5"])
print(z is x, sys.intern(z) is x, sys.getrefcount(z))
del x, y
w = sys.intern("".join(["dy", "n5"]))
print(w is z, sys.getrefcount(w))
names = [sys.intern("k%d" % i) for i in range(300)]
again = [sys.intern("".join(["k", str(i)])) for i in range(300)]
print(all(a is b for a, b in zip(names, again)), sys.getrefcount(names[7]))
del names, again
fresh = sys.intern("".join(["k", "7"]))
print(sys.getrefcount(fresh))
a = sys.intern("hello" + " there")
b = "hello there"
print(a == b, sys.getrefcount(a))
class C: pass
c = C()
setattr(c, "".join(["at", "tr"]), 1)
print(sys.intern("".join(["at", "tr"])) == "attr")
try:
    sys.intern(b"x")
except TypeError as e:
    print(e)
class S(str): pass
try:
    sys.intern(S("q"))
except TypeError as e:
    print(e)
print(sys.intern("") is "")
a = "hello_xyz1"
print(sys.getrefcount(a))
code = compile("b = 'hello_xyz2'", "s", "exec")
ns = {}
exec(code, ns)
print(sys.getrefcount(ns['b']))
del code
print(sys.getrefcount(ns['b']))
t = ("hello_xyz3",)
print(sys.getrefcount(t[0]))
a = "hello"
print(sys.getrefcount(a))
b = "hello"
print(sys.getrefcount(a), a is b)
def f():
    s = "local_name"
    return sys.getrefcount(s)
print(f())
c = "not an identifier!"
print(sys.getrefcount(c))
lst = [a, a, a]
print(sys.getrefcount(a))
print(sys.getrefcount("key") > 999999999, sys.getrefcount("__init__") > 999999999)
