# bytearray += bytes grows with PyByteArray_Resize's policy; + makes an exact copy;
# other operands give "can't concat".
import sys
b = bytearray(b"ab")
sizes = []
for i in range(12):
    b += b"xyz"
    sizes.append(sys.getsizeof(b))
b += bytearray(b"12")
print(b, sizes, sys.getsizeof(b))
c = b + b"!"
print(c, type(c).__name__, sys.getsizeof(c), bytearray(b"q") + bytearray(b"r"))
try: b += "s"
except TypeError as e: print(e)
try: b + 1
except TypeError as e: print(e)
