import inspect, pprint, json, dataclasses, traceback, sys, string, textwrap, collections
square = lambda x: x * x
print(inspect.getsource(square), end="")
def outer():
    def inner(a, b=2):
        """Inner doc."""
        return a + b
    return inner
print(inspect.getsource(outer()), inspect.getsourcelines(outer())[1], outer().__qualname__)
class K:
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        return 2
print(inspect.getsource(K.p.fget), inspect.getsource(K.s), end="")
@dataclasses.dataclass
class Address:
    street: str
    city: str
@dataclasses.dataclass
class Person:
    name: str
    addresses: list
    meta: dict = dataclasses.field(default_factory=dict)
p = Person("A very long name indeed", [Address("1 Main Street", "Springfield"), Address("22 Side Road", "Shelbyville")], {"k": list(range(12))})
pprint.pprint(p); pprint.pprint(p, width=120); pprint.pprint([p], depth=2)
pprint.pprint(collections.OrderedDict(a=1, b=[1] * 30)); pprint.pprint(collections.Counter("mississippi")); pprint.pprint(collections.defaultdict(list, {"x": [1, 2]}))
pprint.pprint({"long string": "word " * 25}, width=50)
pprint.pprint(("tuple", ("nested", ("deeper", ("deepest",)))), depth=3)
pprint.pprint(b"bytes " * 15, width=40); pprint.pprint(frozenset({3, 1, 2}))
print(pprint.pformat({"b": 1, "a": {"d": 4, "c": 3}}, indent=4, width=10, sort_dicts=True))
pprint.pprint(10**30, underscore_numbers=True); pprint.pprint(range(10)); pprint.pprint(list(range(100)), compact=True, width=60)
print(json.dumps({"b": [1, 2], "a": {"y": None}}, indent=4, sort_keys=True), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.dumps(1e100), json.dumps(1.0), json.dumps(-0.0), json.dumps(10**20), json.dumps("\u2028\x00\t"), json.loads('"\\ud83d\\ude00"'), json.dumps("😀"))
class Color(str):
    pass
print(json.dumps({Color("c"): Color("v")}), json.dumps(collections.OrderedDict(b=1, a=2)), json.dumps(("t", 1)))
try:
    json.loads("[1, 2", strict=False)
except json.JSONDecodeError as e:
    print(e.msg, e.doc, e.pos)
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('"a\tb"', strict=False), json.loads(b'{"x": 1}'), json.loads(bytearray(b'[1]')))
def parse():
    try:
        return int("zz")
    except ValueError:
        raise KeyError("lookup failed") from None
try:
    parse()
except KeyError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
fmt = string.Formatter()
print(fmt.format("{:{width}.{prec}f}", 3.14159, width=10, prec=2), "{0!s:>8}|{0!a}".format("é"), "{:%Y}".format(__import__("datetime").date(2024, 1, 1)))
print("%s has %d items costing %.2f (%5.1f%%) %r %x %o %e %c" % ("cart", 3, 9.5, 12.25, "q", 255, 8, 12345.678, 65))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%-6s|%6s|" % ("ab", "cd"), "%+.3g" % 0.000012345)
raise ExceptionGroup("batch failed", [ValueError("bad 1"), KeyError("k")])
