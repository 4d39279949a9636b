import importlib
import importlib.util
import os
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "mod_greeter.py")
spec = importlib.util.spec_from_file_location("plugins.greeter", path)
print(spec.name, spec.origin == path, spec.parent, spec.has_location, spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__ == path, hasattr(module, "run"), module.__package__)
spec.loader.exec_module(module)
print(module.run("world"), module.NAME, module.__doc__)
print("plugins.greeter" in sys.modules)
sys.modules["plugins.greeter"] = module
print(importlib.import_module("plugins.greeter") is module)
for name in ["json", "os.path", "collections.abc", "no_such_module_xyz", "greeter_missing"]:
    s = importlib.util.find_spec(name)
    print(name, None if s is None else s.name)
print(importlib.util.find_spec("json") is sys.modules["json"].__spec__ if "json" in sys.modules else "not imported")
import json
print(importlib.util.find_spec("json") is json.__spec__)
print(importlib.util.resolve_name(".sub", "pkg"), importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("abs", None))
try:
    importlib.util.resolve_name(".rel", None)
except ImportError as e:
    print("ImportError:", e)
print(importlib.util.spec_from_file_location("x", "data.txt"))
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "tmpmod.py"), "w") as f:
        f.write("VALUE = 41 + 1\n")
    sys.path.insert(0, d)
    try:
        s = importlib.util.find_spec("tmpmod")
        print(s.name, os.path.basename(s.origin), "tmpmod" in sys.modules)
        m = importlib.util.module_from_spec(s)
        s.loader.exec_module(m)
        print(m.VALUE)
        os.mkdir(os.path.join(d, "pkgx"))
        open(os.path.join(d, "pkgx", "__init__.py"), "w").close()
        with open(os.path.join(d, "pkgx", "inner.py"), "w") as f:
            f.write("X = 'inner'\n")
        ps = importlib.util.find_spec("pkgx")
        print(ps.name, ps.submodule_search_locations == [os.path.join(d, "pkgx")], ps.parent)
        print(importlib.util.find_spec("pkgx.inner").name, "pkgx" in sys.modules)
    finally:
        sys.path.remove(d)
try:
    importlib.util.find_spec("json.decoder.nope")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
