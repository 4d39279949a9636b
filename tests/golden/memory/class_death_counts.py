# What a dying class takes with it, counted by gc.collect(): a user __new__ is wrapped in
# a staticmethod, constant defaults are one constant tuple (alive in the code object).
import gc
gc.collect()
def make(kind):
    if kind == 'new':
        class K:
            def __new__(cls, a=None, b=''):
                return super().__new__(cls)
            def __init__(self, a=None, b=''):
                pass
    elif kind == 'plain':
        class K:
            def m(self, x=(1, 2), y=-3):
                return x
    elif kind == 'sub':
        class Base:
            pass
        class K(Base):
            def __init_subclass__(cls):
                pass
    else:
        class K:
            __slots__ = ('a',)
    k = K()
    return type(K.__dict__.get('__new__')).__name__
for kind in ['new', 'plain', 'sub', 'slots']:
    print(kind, make(kind), gc.collect())
def f(a=None, b='', c=(1, (2, 3)), d=-4.5):
    pass
print(f.__defaults__, f.__defaults__ is f.__defaults__)
