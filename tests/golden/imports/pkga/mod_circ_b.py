print("mod_circ_b start")
try:
    from .mod_circ_a import A
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
from . import mod_circ_a
print("mod_circ_b sees mod_circ_a:", mod_circ_a.__name__, hasattr(mod_circ_a, "A"))
B = 2
