# Messages name a type by CPython's tp_name: module-prefixed for the types of C modules
# (weakref.ReferenceType, itertools.permutations), the bare name for builtins and classes.
import itertools
import weakref

class A:
    pass

a = A()
r = weakref.ref(a)
p = weakref.proxy(a)
perm = itertools.permutations("ab")
for obj in [r, perm, itertools.product("a"), a, 5, [1]]:
    try:
        len(obj)
    except TypeError as e:
        print(e)
    try:
        obj[0]
    except TypeError as e:
        print(e)
    try:
        obj + 1
    except TypeError as e:
        print(e)
try:
    iter(r)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
print(type(r).__name__, type(r).__qualname__, type(r).__module__, type(r))
print(type(perm).__name__, type(perm).__qualname__, type(perm).__module__, type(perm))

class R(weakref.ref):
    pass

try:
    len(R(a))
except TypeError as e:
    print(e)
print(repr(perm).split(" at ")[0])
