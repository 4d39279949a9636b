# Scalars and strings in every protocol: the exact opcodes CPython emits.
import pickle

VALUES = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256,
    2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63, -2**63, 2**64 - 1,
    10**40, -10**40, 255 << 2000, 1.5, -0.0, 1e100, 3.141592653589793,
    float("inf"), float("-inf"), "", "abc", "caf\xe9", "\u20ac\U0001f600",
    "back\\slash\nnewline\r\x00\x1a", "x" * 256, b"", b"\x00\xff",
    b"y" * 300, bytearray(b"ab"), bytearray(), complex(1, -2),
]

for value in VALUES:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value and type(back) is type(value)
        shown = data if len(data) < 90 else data[:40] + b"..." + data[-20:]
        print(proto, repr(value)[:30], len(data), shown, "ok" if same else back)

nan = pickle.loads(pickle.dumps(float("nan"), 0))
print(nan != nan, pickle.dumps(float("nan"), 0), pickle.dumps(float("nan"), 2))
print(pickle.loads(b"I-12\n."), pickle.loads(b"L-99999999999999999999L\n."))
print(pickle.loads(pickle.dumps(-2**2100 + 7, 2)) == -2**2100 + 7)
