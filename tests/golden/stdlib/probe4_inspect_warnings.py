import inspect, traceback, sys, warnings, atexit, weakref, gc, timeit, platform, os, locale
def greet(name: str, greeting: str = "Hello", *args, punct="!", **kw) -> str:
    """Greets someone."""
    return f"{greeting}, {name}{punct}"
sig = inspect.signature(greet); print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation, str(p))
b = sig.bind("Ann", punct="?"); b.apply_defaults(); print(b.arguments, b.args, b.kwargs)
try:
    sig.bind()
except TypeError as e:
    print(e)
print(inspect.getsource(greet)); print(inspect.getdoc(greet), inspect.getmodule(greet).__name__, inspect.isfunction(greet), inspect.isbuiltin(len))
class A:
    cls_attr = 1
    def method(self): pass
    @staticmethod
    def st(): pass
    @property
    def prop(self): return 2
print([n for n, _ in inspect.getmembers(A, inspect.isfunction)], [n for n, v in inspect.getmembers(A()) if not n.startswith("__")])
print(inspect.signature(A.method), inspect.signature(lambda x, /, y, *, z: 0), inspect.isclass(A), inspect.ismethod(A().method), inspect.getmro(bool))
print(inspect.getfullargspec(greet))
print(inspect.signature(greet).replace(return_annotation=inspect.Signature.empty), inspect.getsourcelines(A.method)[1], inspect.cleandoc("  a\n    b"))
def inner():
    raise ValueError("inner problem")
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer problem") from e
try:
    outer()
except RuntimeError:
    s = traceback.format_exc(); print(s.replace(__file__, "F"))
    exc = sys.exc_info()[1]
traceback.print_exception(exc, file=sys.stdout)
te = traceback.TracebackException.from_exception(exc)
print("".join(te.format_exception_only()), len(list(te.format())), te.exc_type.__name__, te.stack[0].name, te.__cause__.exc_type.__name__)
print(traceback.format_exception_only(ValueError, ValueError("v")), traceback.extract_tb(exc.__traceback__)[-1].name)
try:
    {}["k"]
except KeyError:
    try:
        None.x
    except AttributeError as e:
        print("".join(traceback.format_exception(e)).replace(__file__, "F"))
print(traceback.format_list(traceback.extract_stack()[-1:])[0].replace(__file__, "F"))
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.warn("old api", DeprecationWarning); warnings.warn("plain")
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.showwarning = lambda m, c, f, l, *a: print("WARN", m, c.__name__, l)
warnings.warn("custom shown", UserWarning)
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("as error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line"))
atexit.register(print, "atexit 1"); 
@atexit.register
def bye(): print("atexit 2")
class Big:
    def __init__(self, k): self.k = k
    def __repr__(self): return f"Big({self.k})"
cache = weakref.WeakValueDictionary()
def get(k):
    obj = cache.get(k)
    if obj is None:
        obj = Big(k); cache[k] = obj
    return obj
x = get(1); y = get(1); print(x is y, len(cache)); del x, y; print(len(cache))
wk = weakref.WeakKeyDictionary(); k = Big(2); wk[k] = "v"; print(len(wk)); del k; print(len(wk))
r = weakref.ref(Big(3)); print(r() is None); fin = weakref.finalize(Big(4), print, "finalized")
o = Big(5); ref = weakref.ref(o, lambda r: print("callback")); del o
ws = weakref.WeakSet([Big(1)]); print(len(ws))
t = timeit.timeit("sum(range(10))", number=100); print(type(t).__name__, t >= 0, len(timeit.repeat("pass", number=10, repeat=3)))
print(type(platform.system()).__name__, platform.python_implementation() in ("CPython",), platform.python_version(), platform.python_version_tuple(), platform.machine() != "")
print(sys.version_info[:2], sys.version_info.major, sys.platform, sys.byteorder, sys.maxsize, sys.getrecursionlimit(), sys.implementation.name, type(sys.argv).__name__, sys.flags.optimize, sys.float_info.dig, sys.int_info.bits_per_digit if False else '', sys.hash_info.width)
print(os.name, os.sep, os.linesep == "\n", os.path.basename(__file__), os.path.splitext("a/b.tar.gz"), os.path.join("a", "b"), os.curdir, os.pardir, os.extsep)
print(locale.getlocale() if False else '', locale.setlocale(locale.LC_ALL, "C") , locale.localeconv()["decimal_point"], locale.format_string("%d", 1234567, grouping=True), locale.getpreferredencoding(False), locale.str(1.5), locale.atof("3.5"), locale.atoi("42"))
