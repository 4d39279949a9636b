# sys's struct sequences: a type named like CPython's tp_name 'sys.version_info'
# (module 'sys', name 'version_info'), instances repr'd with the full name.
import sys

for name in ["version_info", "flags", "float_info", "int_info", "hash_info"]:
    t = type(getattr(sys, name))
    print(name, t.__name__, t.__qualname__, t.__module__, repr(t), issubclass(t, tuple))
print(repr(sys.version_info)[:30])
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, len(sys.float_info))
t = type(sys.get_asyncgen_hooks())
print(t.__name__, t.__module__, repr(t))
try:
    type(sys.version_info)((1, 2, 3, "final", 0))
except TypeError as e:
    print("TypeError", e)
