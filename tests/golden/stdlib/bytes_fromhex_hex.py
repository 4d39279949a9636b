# bytes.fromhex / bytearray.fromhex (classmethods, whitespace between pairs, the
# position of the first bad character) and hex(sep, bytes_per_sep).
for src in ["", "00ff", " 0a 1B ", "\t0a\n0b\r", "\x0b0c\x0c", "0g", "g0", "abc", "a b",
            "0a 0", "ff\u00e9", "zz\u00e9", " ", "0A0b0C", "1 2"]:
    for t in (bytes, bytearray):
        try:
            print(repr(src), repr(t.fromhex(src)))
        except Exception as e:
            print(repr(src), type(e).__name__, e)
for arg in [b"00", bytearray(b"00"), 5, None]:
    for t in (bytes, bytearray):
        try:
            t.fromhex(arg)
        except TypeError as e:
            print(e)
for call in [lambda: bytes.fromhex(), lambda: bytes.fromhex("00", "11"),
             lambda: bytearray.fromhex(string="00")]:
    try:
        print(call())
    except TypeError as e:
        print(e)

class B(bytes):
    pass

class BA(bytearray):
    def __init__(self, *args):
        print("BA init", args)
        super().__init__(*args)

print(type(B.fromhex("00")), B.fromhex("0102"), type(BA.fromhex("ff")))
print(b"".fromhex("41"), bytearray(b"x").fromhex("41"), bytes.fromhex.__self__)
print(bytes.fromhex("deadbeef").hex() == "deadbeef")

data = b"\x01\x02\x03\x04\x05"
for args in [(), (":",), (":", 2), (":", -2), (":", 5), (":", 6), (":", -6), (b"-",),
             (":", 0), ("_", 1), ("_", -1), (" ", 3)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b"".hex(":"), b"\xff".hex(":", 1), bytearray().hex(":", 2))
print(b"\xab\xcd".hex(sep="|"), b"\xab\xcd".hex(sep="|", bytes_per_sep=1))
for args, kwargs in [(("::",), {}), ((1,), {}), (("\u00e9",), {}), ((":", "x"), {}),
                     ((b"",), {}), ((":", 1, 2), {}), ((), {"x": 1}), ((":", 2 ** 40), {})]:
    for obj in (b"ab", bytearray(b"ab")):
        try:
            print(obj.hex(*args, **kwargs))
        except Exception as e:
            print(type(e).__name__, e)
