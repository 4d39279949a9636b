import sys
class C:
    def __str__(self):
        return "s%d" % sys.getrefcount(self)
    def __repr__(self):
        return "r%d" % sys.getrefcount(self)
    def __format__(self, spec):
        return "f%d[%s]" % (sys.getrefcount(self), spec)
c = C()
x, y = 3.14159, "abc"
print("%s %s" % (c, c))
print("%r|%a|%s" % (c, c, c))
print("%5s|%-5s|%.2s|%5.1s|%05s|%-05s|%+s|%#s|% s" % (y, y, y, y, y, y, y, y, y))
print("%99s|" % (y,))
print("%100s|" % (y,))
print("%.99s|%.100s|" % (y, y))
print("%s%%%s" % (x, y), "%%" % (), "a%%b%s" % (y,))
print("%d %s" % (3, c), "%s %d" % (c, 4))
print("%(a)s" % {'a': c})
print("%s" % (c,), "%s" % c)
for bad in ['"%s %s" % (y,)', '"%s" % (y, y)', '"%s %" % (y, y)', '"%z" % (y,)', '"%5" % (y,)', '"%s %*s" % (y, 3, y)']:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b):
    return "%s-%r" % (a, b)
print(f(c, c))
class S(str):
    def __str__(self): return "S.__str__"
    def __format__(self, spec): return "S.__format__" + spec
print("%s|%5s" % (S("q"), S("q")), "%s" % S("q"))
