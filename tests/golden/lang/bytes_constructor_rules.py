class B:
    def __bytes__(self): return b"xyz"
class Bad:
    def __bytes__(self): return "no"
tests = ["bytes(B())", "bytes('abc')", "bytes('abc', 'ascii')", "bytes(-1)", "bytes(3)", "bytes([1,2])", "bytes(Bad())",
         "bytes(b'ab')", "bytes(bytearray(b'q'))", "bytes(memoryview(b'mv'))", "bytes(1.5)", "bytes([256])", "bytes(x for x in [65])",
         "bytearray(B())", "bytes(B(), 'ascii')", "bytes(b'x', 'ascii')", "bytes(None)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
for t in ["bytes('é', 'latin-1')", "bytes('x', errors='strict')", "bytes(1, errors='x')", "bytes(source=b'k')", "bytes(2**70)",
          "bytes([1, 300])", "bytes(['a'])", "bytearray('é', 'latin-1')", "bytearray('x')", "bytearray(1, 'x')", "bytes(1, 2, 3, 4)",
          "bytearray(3)", "bytearray([1,2])", "bytearray(1.5)", "bytes(True)", "bytes(range(3))", "bytes(memoryview(b'abcd')[::2])"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
class SB(bytes): pass
print(type(bytes(SB(b'z'))).__name__, bytes(SB(b'z')))
class IB:
    def __index__(self): return 2
print(bytes(IB()))
