import sys
try:
    import mod_helper.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkga.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkga import nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkga.mod_broken
except ValueError as e:
    print(type(e).__name__, e)
print("pkga.mod_broken" in sys.modules, hasattr(sys.modules["pkga"], "mod_broken"))
try:
    import pkga.mod_broken
except ValueError as e:
    print("again:", e)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkga import blocked_sub
except ImportError as e:
    print(type(e).__name__, e)
import mod_selfreplace
print(mod_selfreplace, mod_selfreplace.answer)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
import importlib
try:
    importlib.import_module("no.such.thing")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
