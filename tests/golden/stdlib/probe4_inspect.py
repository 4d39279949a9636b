import inspect, functools, dataclasses, asyncio
class Animal:
    """An animal."""
    kind = "generic"
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self, times: int = 1) -> str:
        """Make noise."""
        return " ".join([self.sound] * times)
    @classmethod
    def create(cls, name): return cls(name)
    @staticmethod
    def helper(x, /, y=2, *, z): return x
    @property
    def upper(self): return self.name.upper()
    async def fetch(self): return 1
    def gen(self): yield 1
print(inspect.getsource(Animal.speak))
print(inspect.getsource(Animal).splitlines()[:3])
print(inspect.signature(Animal), inspect.signature(Animal.create), inspect.signature(Animal.helper), inspect.signature(Animal("x").speak))
print(inspect.getdoc(Animal.speak), inspect.getcomments(Animal), inspect.getfile(Animal) == __file__, inspect.getsourcelines(Animal.create)[1])
print(inspect.iscoroutinefunction(Animal.fetch), inspect.isgeneratorfunction(Animal.gen), inspect.ismethod(Animal.create), inspect.isdatadescriptor(Animal.upper), inspect.isabstract(Animal))
members = inspect.getmembers(Animal, predicate=inspect.isfunction); print([m[0] for m in members])
print([n for n, v in inspect.getmembers(Animal) if not n.startswith("_")])
print(type(inspect.getattr_static(Animal, "create")).__name__, type(inspect.getattr_static(Animal, "helper")).__name__, inspect.classify_class_attrs(Animal)[0].name if False else '')
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def wrapped(a, b: int = 3, *rest, key=None, **kw): pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__, inspect.signature(wrapped, follow_wrapped=False))
sig = inspect.signature(wrapped)
print([(p.name, p.kind.name, p.kind.description) for p in sig.parameters.values()])
print(sig.bind(1, 2, 3, key=4, extra=5), sig.bind_partial(b=9))
try:
    sig.bind(1, 2, key=3, key2=4, b=5)
except TypeError as e:
    print(e)
params = [inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=0, annotation=int)]
print(inspect.Signature(params, return_annotation=str))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print(e)
print(inspect.signature(len), inspect.signature(sorted), inspect.signature(functools.partial(wrapped, 1, key=2)))
def f():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, inspect.stack()[1].function, inspect.stack()[0].lineno
print(f())
print(inspect.getmodulename(__file__), inspect.ismodule(inspect), inspect.isroutine(len), inspect.getgeneratorstate(Animal("a").gen()))
@dataclasses.dataclass
class DC:
    a: int
    b: str = "x"
print(inspect.signature(DC), inspect.get_annotations(DC), inspect.get_annotations(Animal.speak))
print(inspect.formatargvalues if False else '', inspect.getcallargs(Animal.helper, 1, z=3))
print(inspect.getclosurevars(f) if False else '', inspect.Parameter.empty, repr(inspect.Parameter("q", 1, default=None)))
print(inspect.isawaitable(Animal("x").fetch()) if False else '', inspect.CO_GENERATOR if hasattr(inspect,'CO_GENERATOR') else '')
