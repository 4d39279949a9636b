try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import math, sys
print(math.sqrt(16), math.floor(-2.5), math.gcd(12, 18), math.pi)
print(sys.maxsize, type(sys.path).__name__)
