# Metaclasses: __new__/__init__/__call__ overrides reached through super(), __prepare__,
# class keywords to __init_subclass__, the metaclass conflict, type() argument checks.
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('M.__new__', mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('M.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('M.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    def hello(cls):
        return 'hello from ' + cls.__name__
class A(metaclass=M):
    x = 1
    def f(self): return 2
print(type(A).__name__, A.tag, A.hello(), A().f())
class B(A, flag=True): pass
print(type(B).__name__, B.tag, isinstance(B, M), issubclass(M, type))
class N(type): pass
class C(metaclass=N): pass
print(type(C), C.__name__, C.__class__.__name__, type(C).__mro__)
D = M('D', (), {'y': 5})
print(D.y, type(D).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
class Base:
    def __init_subclass__(cls, /, flag=None, **kw):
        print('init_subclass', cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
class C1(Base, flag=1): pass
try:
    class C2(Base, flag=1, other=2): pass
except TypeError as e: print('TypeError', e)
try:
    class C3(foo=1): pass
except TypeError as e: print('TypeError', e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e: print('TypeError', e)
class A4(A1): pass
print(type(A4).__name__)
for args in [('a',), ('a', 'b'), ('a', (), {}, 1), (1, (), {}), ('a', [], {}), ('a', (), [])]:
    try:
        print(type(*args) if len(args) != 1 else type(*args))
    except TypeError as e: print('TypeError', e)
class Meta(type):
    def __prepare__(name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'injected': 42}
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
class P(metaclass=Meta):
    x = 1
print(P, P.injected, P.x, repr(P))
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
print(type.__call__(int, '5'), type(type), type.__class__)
X = type('X', (object,), {'a': 1, '__slots__': ()})
print(X.a, X.__name__, X.__qualname__, X.__module__)
class Q(type):
    def __call__(cls, *a, **k):
        print('Q call')
        obj = cls.__new__(cls)
        obj.__init__(*a, **k)
        return obj
class QA(metaclass=Q):
    def __init__(self, v): self.v = v
print(QA(7).v)
