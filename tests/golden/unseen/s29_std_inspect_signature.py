# Looking inside functions and classes with inspect
import inspect

def connect(host, port=5432, *args, timeout: float = 3.0, retries=2, **options) -> bool:
    """Connect to a server.

    Returns True on success.
    """
    return True

sig = inspect.signature(connect)
print(sig)
for name, param in sig.parameters.items():
    print(f"  {name:8} {str(param.kind):22} default={param.default!r} ann={param.annotation!r}")
print(sig.return_annotation, sig.parameters["port"].default)
bound = sig.bind("db.local", 6000, "extra", timeout=1.5, ssl=True)
print(bound.arguments)
bound.apply_defaults()
print(bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(connect))
print(inspect.cleandoc("   first\n     indented\n   back"))

class Shape:
    """Base shape."""
    sides = 0
    def area(self):
        return 0
    @staticmethod
    def unit():
        return Shape()
    @classmethod
    def make(cls):
        return cls()
    @property
    def kind(self):
        return "shape"

class Square(Shape):
    sides = 4
    def __init__(self, side=1):
        self.side = side
    def area(self):
        return self.side ** 2

print(inspect.getmro(Square))
print([n for n, v in inspect.getmembers(Square, inspect.isfunction)])
print(inspect.isclass(Square), inspect.isfunction(Square.area), inspect.ismethod(Square().area))
print(inspect.isbuiltin(len), inspect.isroutine(print), inspect.ismodule(inspect))
print(inspect.signature(Square), inspect.signature(Square.area), inspect.signature(Shape.make))
print(type(inspect.getattr_static(Shape, "unit")).__name__, type(inspect.getattr_static(Shape, "kind")).__name__)
print(inspect.getsource(Square.area), end="")
print(inspect.getsourcelines(Shape.unit)[1], inspect.getmodule(connect).__name__)

def gen():
    yield 1

g = gen()
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
def outer():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name
print(outer())
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None))
s2 = sig.replace(return_annotation=inspect.Signature.empty)
print(s2, inspect.signature(lambda a, /, b, *, c: None))
print(inspect.getfullargspec(connect))
print(inspect.unwrap(connect) is connect, inspect.isabstract(Shape))
