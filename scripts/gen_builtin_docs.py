#!/usr/bin/env python3
"""Print the docstrings of CPython 3.11's builtins: `src/objects/docstrings.txt`.

refpy's builtin functions, types and their methods and attributes answer `__doc__` with
CPython's text (`objects::docstrings`). One record per object, keyed by what refpy knows
of it: `name` for a member of the `builtins` module, `type.name` for an attribute of a
builtin type (methods, slot wrappers, `__new__`, getsets and members), `module.name` for
a function of the modules of MODULES. A record is the key,
a unit separator (0x1f), the text, a record separator (0x1e).

Run with CPython 3.11: ``python3 scripts/gen_builtin_docs.py > src/objects/docstrings.txt``.
"""
import builtins
import gc
import sys
import types

MODULES = (gc, sys)

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

# What a builtin type's own attributes may be whose doc refpy reads from the table.
DESCRIPTORS = (
    types.MethodDescriptorType,
    types.WrapperDescriptorType,
    types.ClassMethodDescriptorType,
    types.BuiltinFunctionType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
)

records = {}
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if not isinstance(obj, (types.BuiltinFunctionType, type)):
        continue
    if obj.__doc__ is not None:
        records[name] = obj.__doc__
    if isinstance(obj, type):
        for attr, value in sorted(vars(obj).items()):
            if isinstance(value, DESCRIPTORS) and value.__doc__ is not None:
                records[f"{obj.__name__}.{attr}"] = value.__doc__

for module in MODULES:
    for name, obj in sorted(vars(module).items()):
        if isinstance(obj, types.BuiltinFunctionType) and obj.__doc__ is not None:
            records[f"{module.__name__}.{name}"] = obj.__doc__

out = sys.stdout
for key, doc in records.items():
    assert "\x1e" not in doc and "\x1f" not in doc
    out.write(f"{key}\x1f{doc}\x1e")
