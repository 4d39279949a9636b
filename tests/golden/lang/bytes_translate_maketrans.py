t = bytes.maketrans(b'ab', b'xy')
print(len(t), t[97:99], b'abcab'.translate(t), b'abc'.translate(None, b'b'), b'abc'.translate(t, delete=b'c'))
print(bytearray(b'abc').translate(bytes.maketrans(b'a', b'z')), bytearray.maketrans(b'q', b'r')[113])
b = b'same'
print(b.translate(None) is b, b.translate(None, b'') is b)
for expr in ["b'x'.translate(b'short')", "bytes.maketrans(b'ab', b'c')", "bytes.maketrans('a', 'b')", "b'x'.translate('t'*256)",
             "b'x'.translate()", "bytes.maketrans(b'a')", "b'abc'.translate(bytearray(bytes.maketrans(b'a', b'b')), memoryview(b'c'))",
             "bytes.maketrans.__qualname__"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
