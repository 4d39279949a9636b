import importlib
import sys

imp = importlib.__import__
top = imp("pkga.inner.mod_sibling")
print(top.__name__, top.inner.mod_sibling.NAME)
print(imp("pkga.inner", fromlist=["mod_sibling"]).__name__)
print(imp("pkga.inner.mod_sibling", fromlist=["NAME"]).__name__)
print(imp("mod_sibling", {"__package__": "pkga.inner"}, None, ["NAME"], 1).NAME)
print(imp("", {"__name__": "pkga.inner.x"}, None, ["mod_sibling"], 1).__name__)
print(imp("inner.mod_sibling", {"__name__": "pkga", "__path__": []}, None, None, 1).__name__)
print(imp("math").sqrt(9.0), imp("pkga", fromlist=["*"]).__name__)
# builtins.__import__ and importlib.__import__ word a few argument errors differently;
# these are the ones they share.
for args, kw in [(("",), {}),
                 (("x", {"__name__": "top"}, None, None, 1), {}),
                 (("x", {"__package__": "a"}, None, None, 2), {}),
                 (("pkga", None, None, [5]), {})]:
    try:
        imp(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

m = importlib.import_module("mod_reload")
print(m.counter, m.__name__)
m.extra = "kept"
again = importlib.reload(m)
print(again is m, m.counter, m.extra)
try:
    importlib.reload(5)
except TypeError as e:
    print(type(e).__name__, e)
del sys.modules["mod_reload"]
try:
    importlib.reload(m)
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(importlib.import_module("pkga.mod_sub").helper(3))
importlib.invalidate_caches()
