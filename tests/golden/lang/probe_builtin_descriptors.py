# The attributes of builtin types' instances are getset/member descriptors, as in CPython.
import collections
import functools
import inspect
import sys
import types


def show(expr):
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


def run(stmt):
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "!!", type(e).__name__, e)


for cls, name in [(int, "real"), (int, "imag"), (int, "numerator"), (int, "denominator"),
                  (float, "real"), (float, "imag"), (complex, "real"), (complex, "imag"),
                  (range, "start"), (range, "stop"), (range, "step"),
                  (slice, "start"), (slice, "stop"), (slice, "step"),
                  (property, "fget"), (types.MethodType, "__func__"),
                  (types.FunctionType, "__globals__"), (types.FunctionType, "__closure__"),
                  (staticmethod, "__func__"), (super, "__thisclass__"),
                  (collections.deque, "maxlen"), (object, "__class__")]:
    d = cls.__dict__[name]
    print(cls.__name__, name, type(d).__name__, repr(d), d.__name__, d.__qualname__,
          d.__objclass__ is cls)

show("int.real.__get__(5)")
show("int.real.__get__(True)")
show("int.real.__get__(None, int)")
show("complex.imag.__get__(3j)")
show("[x.real for x in (1, 2.5, 3j, True, 2**70)]")
show("[x.imag for x in (1, 2.5, 3j, True)]")
show("(7).numerator, (7).denominator, True.denominator")
show("range(1, 9, 2).stop, slice(1, 2, 3).step")
show("int.real is int.__dict__['real']")
show("int.real == int.real")
show("collections.deque(maxlen=3).maxlen, collections.deque().maxlen")
show("inspect.isdatadescriptor(int.real)")
show("inspect.isgetsetdescriptor(int.real), inspect.isgetsetdescriptor(complex.real)")
show("inspect.ismemberdescriptor(complex.real), inspect.ismemberdescriptor(int.real)")
show("types.GetSetDescriptorType is type(int.real)")
show("types.MemberDescriptorType is type(range.start)")
show("[k for k in dir(int.real) if not k.startswith('__')]")

for stmt in ["(5).real = 1", "del (5).real", "(1.5).imag = 0", "(1j).real = 2",
             "del (1j).imag", "range(3).start = 1", "slice(1).stop = 2",
             "property().fget = 1", "collections.deque().maxlen = 3",
             "del collections.deque().maxlen",
             "int.real.__set__(5, 1)", "complex.real.__set__(1j, 1)",
             "int.real.__delete__(5)", "int.real.__get__('x')",
             "complex.real.__get__(5)", "collections.deque.maxlen.__get__(5)",
             "int.real.__get__()", "int.real.__get__(None)",
             "int.real.__get__(1, 2, 3)", "int.real.__set__(5)",
             "int.real.__set__()", "int.real.__delete__()",
             "int.real.__delete__(1, 2)"]:
    run(stmt)


class I(int):
    pass


show("I(5).real, type(I(5).real).__name__, I.real is int.real")
show("sys.getsizeof(int.real) == sys.getsizeof(complex.real)")

# C types named with their module in messages.
for obj in [collections.OrderedDict(), collections.defaultdict(), collections.deque(),
            functools.cmp_to_key(len)(1), collections.Counter()]:
    run("hash(obj)")
    run("obj.nope")
