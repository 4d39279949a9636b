# int(x, base): the base is checked first, bytes are accepted, messages as long_new_impl.
for args in [('12x', 8), ('1', 99), ('1', -1), ('1', 1), ('z', 36), (b'12', 8), (bytearray(b'ff'), 16), (b'\xff', 10), (3.5, 10), ('0x1f', 0), ('010', 0), ('1_000', 10), ('  -7 ', 10), ('', 10), ('x'*300, 10), ('١٢', 10)]:
    try: print(repr(int(*args)))
    except Exception as e: print(type(e).__name__, e)
try: int(base=10)
except TypeError as e: print(e)
print(int(), int('7', base=8))
