import inspect


def greet(name: str, greeting: str = "Hello", *, punct="!") -> str:
    """Greet someone."""
    return f"{greeting}, {name}{punct}"

sig = inspect.signature(greet)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
b = sig.bind("Ann", punct="?")
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
print(inspect.getdoc(greet), inspect.isfunction(greet), inspect.ismethod(greet))
print(inspect.getsource(greet).splitlines()[0])
class K:
    def m(self): pass
    @property
    def p(self): return 1
print(inspect.ismethod(K().m), inspect.isclass(K), [n for n, _ in inspect.getmembers(K, inspect.isfunction)])
def outer():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name
print(outer())
print(inspect.stack()[0].function)
code = compile("x = 1 + 2\ny = x * 3", "<string>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], ns["y"], eval("x + y", ns), eval("a * 2", {"a": 21}))
print(greet.__code__.co_argcount, greet.__code__.co_varnames[:3], greet.__defaults__, greet.__kwdefaults__)
g = {}
exec("def f(n):\n    return n + 1", g)
print(g["f"](1), sorted(k for k in g if not k.startswith("__")))
print(eval("[i*i for i in range(4)]"), eval("(lambda: z)()", {"z": 9}))
loc = {}
exec("a = 5\nb = a ** 2", {}, loc)
print(loc)
def counter():
    x = 1
    return locals()
print(counter(), "greet" in globals(), globals()["__name__"])
print(callable(greet), callable(1), vars(K)["m"].__name__, K.m.__qualname__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e)
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(greet))
print(inspect.getmodule(greet).__name__)
print(inspect.cleandoc("""
    indented
      more
    """))
