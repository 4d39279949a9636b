import pkga
print(pkga.VALUE, pkga.mod_sub.helper(2))
print(pkga.__name__, pkga.__package__, pkga.__path__, pkga.__file__)
print(pkga.mod_sub.__name__, pkga.mod_sub.__package__, pkga.mod_sub.__file__, hasattr(pkga.mod_sub, "__path__"))
print(pkga.__spec__.name, pkga.__spec__.parent, pkga.__spec__.origin)
print(pkga.__spec__.submodule_search_locations, pkga.mod_sub.__spec__.parent)
print(pkga.__spec__.has_location, pkga.__spec__.cached)
print(pkga.__loader__ is pkga.__spec__.loader, type(pkga.__spec__).__name__)
print([k for k in vars(pkga.mod_sub) if k.startswith("__") and k != "__builtins__"])

import pkga.inner.mod_deep
print(pkga.inner.mod_deep.RESULT, pkga.inner.mod_deep.SIBLING_NAME, pkga.inner.mod_deep.mod_sub is pkga.mod_sub)
import pkga.inner.mod_deep as d
print(d is pkga.inner.mod_deep, d.__package__, d.mod_sibling.NAME)
from pkga.inner import mod_deep, mod_sibling
print(mod_deep is d, mod_sibling.NAME)
from pkga import inner
print(inner.__name__, inner.__package__)

import sys
print([m for m in sys.modules if m.startswith("pkga")])
print(pkga.mod_late.WHO)

import nspkg
print(nspkg.__file__, nspkg.__package__, list(nspkg.__path__), nspkg.__spec__.origin)
print(nspkg.__path__)
import nspkg.part.mod_leaf
print(nspkg.part.mod_leaf.LEAF, nspkg.part.__file__, nspkg.part.mod_leaf.__package__)
print(sys.path[0] == __file__.rpartition("/")[0])
