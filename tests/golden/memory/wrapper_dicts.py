# staticmethod and classmethod copy their function's attributes into a __dict__ of their
# own (functools_wraps, CPython 3.10+): the dict is a tracked object, which
# gc.collect() counts when a class holding them dies in a cycle.
import gc


def f(a: int) -> str:
    "doc of f"


cm = classmethod(f)
print(sorted(cm.__dict__), cm.__name__, cm.__qualname__, cm.__doc__)
print(cm.__wrapped__ is f, cm.__func__ is f, cm.__annotations__ is f.__annotations__)
print(gc.is_tracked(cm.__dict__), gc.is_tracked(f.__annotations__))
print(repr(staticmethod(len))[:40])
sm = staticmethod(f)
sm.extra = 5
print(sm.extra, sorted(sm.__dict__))
try:
    del sm.missing
except AttributeError as e:
    print('AttributeError', e)
del sm.extra
print('extra' in sm.__dict__)


def make_class(kind):
    if kind == 'plain':
        class K:
            def m(self):
                pass
    elif kind == 'classmethod':
        class K:
            @classmethod
            def m(cls):
                "cm doc"
    elif kind == 'staticmethod':
        class K:
            @staticmethod
            def m():
                pass
    else:
        class K:
            def __init_subclass__(cls):
                pass

            def __class_getitem__(cls, item):
                return item
    return type(K.__dict__.get('m', K.__dict__.get('__init_subclass__'))).__name__


for kind in ('plain', 'classmethod', 'staticmethod', 'implicit'):
    gc.collect()
    print(kind, make_class(kind), gc.collect())


class Host:
    @classmethod
    def c(cls):
        "c doc"

    @staticmethod
    def s():
        pass


print(Host.c.__name__, Host.__dict__['c'].__doc__, Host.__dict__['s'].__qualname__)
print(Host.__dict__['c'].__dict__['__qualname__'])
