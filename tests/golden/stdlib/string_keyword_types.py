import string
import keyword
import types

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
print(string.Template("$a$b").substitute({"a": 1}, b=2), t.template)
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("cost $5").substitute(),
            lambda: string.Template("ok\nthen ${bad").substitute(bad=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$5 and $x").safe_substitute(x=1), string.Template("${x").is_valid())

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), keyword.iskeyword("match"))

ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, vars(ns))
print(ns == types.SimpleNamespace(x=1, y="two", z=[3]), ns == types.SimpleNamespace(), types.SimpleNamespace())
ns.me = ns
print(ns)
del ns.me
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(a=1), type(ns))


def f():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(types, types.ModuleType))
print(types.FunctionType, types.LambdaType is types.FunctionType, types.ModuleType, types.GeneratorType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.CodeType, types.CellType)
print(types.GenericAlias, types.UnionType, types.BuiltinFunctionType, types.TracebackType, types.FrameType)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(attr=5))
print(C.__name__, C.attr, types.resolve_bases((int,)), types.prepare_class("D")[0])
