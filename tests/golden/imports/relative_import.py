import sys
try:
    from . import mod_helper
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .mod_helper import greet
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkga.mod_beyond
except ImportError as e:
    print(type(e).__name__, e)
print("pkga.mod_beyond" in sys.modules)

import pkga.mod_circ_a
print(pkga.mod_circ_a.A, pkga.mod_circ_b.B, pkga.mod_circ_a.mod_circ_b is pkga.mod_circ_b)

import importlib
m = importlib.import_module(".inner.mod_sibling", "pkga")
print(m.__name__, m.NAME)
print(importlib.import_module("..mod_sub", "pkga.inner").__name__)
print(importlib.import_module("pkga.inner") is sys.modules["pkga.inner"])
for args in [(".x",), ("...x", "pkga.inner"), ("",), (".x", "")]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
