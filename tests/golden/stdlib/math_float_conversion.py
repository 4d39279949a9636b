import math, struct
print(math.sqrt(2**1000 + 1), math.sqrt(True), math.fabs(-(2**53 + 1)))
class I:
    def __index__(self): return 10**400
try: math.sqrt(I())
except OverflowError as e: print(e)
print(struct.pack("<d", 2**60 + 1), math.floor(7.5))
