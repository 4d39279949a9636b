# Builtin functions, types, their methods and attributes have CPython's docstrings.
import builtins
import gc
import sys
import types

SITE = {'__loader__', 'copyright', 'credits', 'help', 'license', 'open', 'exit', 'quit'}
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if name in SITE or not isinstance(obj, (types.BuiltinFunctionType, type)):
        continue
    print(name, repr(obj.__doc__))
for t in (int, str, list, dict, tuple, set, bytes, float, object, type, property):
    for attr in ('__add__', 'append', 'get', 'count', 'real', '__new__', '__init__', 'fromkeys',
                 'setter', 'fget', '__len__', 'mro'):
        if attr in vars(t):
            print(t.__name__, attr, repr(getattr(t, attr).__doc__))
print(repr([].append.__doc__), repr((1).__add__.__doc__))
print(repr(gc.collect.__doc__), repr(sys.getrefcount.__doc__))

class A:
    pass

class D(dict):
    "D's own"

class E(dict):
    pass

print(A.__doc__, D.__doc__, E.__doc__, A().__doc__)
