# Descriptor precedence: data descriptors need __get__ to beat the instance dict,
# a descriptor with only __set__/__delete__, metaclass data descriptors, and
# classmethod chaining (3.11: classmethod wraps any descriptor).
class OnlySet:
    def __set__(self, obj, val):
        print("set", val)
class OnlyDel:
    def __delete__(self, obj):
        print("delete")
class Full:
    def __get__(self, obj, typ):
        return "full-get"
    def __set__(self, obj, val):
        print("full-set", val)
class NonData:
    def __get__(self, obj, typ):
        return "nondata-get"
class C:
    a = OnlySet()
    b = OnlyDel()
    f = Full()
    n = NonData()
c = C()
print(type(c.a).__name__, type(c.b).__name__)
c.a = 5
print('a' in c.__dict__)
c.__dict__.update(a=10, b=20, f=30, n=40)
print(c.a, c.b, c.f, c.n)
del c.b
for act in (lambda: setattr(c, "b", 4), lambda: delattr(c, "a"), lambda: delattr(c, "f")):
    try:
        act()
    except AttributeError as e:
        print("AttributeError", e)

class MetaData:
    def __get__(self, obj, typ):
        return ("meta-data", obj.__name__, typ.__name__)
    def __set__(self, obj, v):
        print("meta set", v)
class MetaNonData:
    def __get__(self, obj, typ):
        return "meta-nondata"
class Meta(type):
    x = MetaData()
    y = MetaNonData()
    z = "meta-plain"
    w = OnlySet()
class K(metaclass=Meta):
    x = "own-x"
    y = "own-y"
    w = "own-w"
print(K.x, K.y, K.z, K.w)
K.x = 3
print(K.__dict__['x'])
class K2(K):
    pass
print(K2.x, K2.y)

class Cm:
    @classmethod
    @property
    def p(cls):
        return "cp of " + cls.__name__
    @classmethod
    @classmethod
    def twice(cls):
        return cls.__name__
    @classmethod
    @staticmethod
    def st():
        return "static inside"
class CmSub(Cm):
    pass
print(Cm.p, Cm().p, CmSub.p, CmSub().p)
print(Cm.twice(), CmSub.twice(), Cm.st())
print(Cm.__dict__['p'].__get__(None, CmSub))
print(super(CmSub, CmSub).p)

class M(type):
    @classmethod
    def f(cls):
        return cls.__name__
class D(metaclass=M):
    pass
print(D.f(), M.f())

class Ga:
    @property
    def x(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr " + name
print(Ga().x)
class Gb:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "ga " + name
print(Gb().foo)
