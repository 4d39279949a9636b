# Test package for the import tests (a package folder: not a test itself).
print("pkga init", __name__, __package__)
from . import mod_sub
from .mod_sub import helper as _helper
VALUE = _helper(1)
__all__ = ["VALUE", "mod_sub", "mod_late"]
