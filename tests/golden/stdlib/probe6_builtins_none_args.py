# A None passed where a str is expected: Argument Clinic's messages say "not None",
# the hand-written checks name the type ("not NoneType").
import io, sys, time, unicodedata

cases = {
    "str.replace": lambda: "a-b".replace("-", None),
    "str.removeprefix": lambda: "abc".removeprefix(None),
    "str.find": lambda: "abc".find(None),
    "str.count": lambda: "abc".count(None),
    "str.partition": lambda: "abc".partition(None),
    "str.maketrans": lambda: str.maketrans("a", None),
    "format": lambda: format(3.5, None),
    "int.__format__": lambda: (7).__format__(None),
    "object.__format__": lambda: object().__format__(None),
    "sys.intern": lambda: sys.intern(None),
    "stdout.write": lambda: sys.stdout.write(None),
    "unicodedata.normalize": lambda: unicodedata.normalize("NFC", None),
    "int.to_bytes": lambda: (5).to_bytes(2, None),
    "int.from_bytes": lambda: int.from_bytes(b"\x01", None),
    "memoryview.cast": lambda: memoryview(b"ab").cast(None),
    "TextIOWrapper.write": lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(None),
    "StringIO.write": lambda: io.StringIO().write(None),
    "time.strftime": lambda: time.strftime(None),
    "str.encode": lambda: "x".encode(None),
}
for name, call in cases.items():
    try:
        call()
        print(name, "no error")
    except TypeError as e:
        print(f"{name}: {e}")
