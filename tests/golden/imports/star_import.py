from mod_star import *
print(shown, _private_but_listed)
try:
    hidden
except NameError as e:
    print(e)
from mod_nostar import *
print(public, func())
for name in ["_private", "_sys"]:
    print(name, name in globals())
try:
    from mod_badall import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    from mod_missingall import *
except AttributeError as e:
    print(type(e).__name__, e)
print(there)
import sys
print("pkga.mod_late" in sys.modules)
from pkga import *
print(VALUE, mod_sub.__name__, mod_late.WHO)
print("pkga.mod_late" in sys.modules)


def f():
    from math import floor, ceil
    return floor(2.5), ceil(2.5)


print(f())
