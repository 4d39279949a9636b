# Sequences a script asks to make too big: MemoryError or OverflowError as CPython says,
# and the script goes on with its values intact.
import sys

big = sys.maxsize
cases = [
    ("list * maxsize", lambda: [0] * big),
    ("list2 * half", lambda: [0, 1] * (big // 2 + 1)),
    ("tuple * maxsize", lambda: (0,) * big),
    ("tuple2 * half", lambda: (0, 1) * (big // 2 + 1)),
    ("str * maxsize", lambda: 'a' * big),
    ("str2 * half", lambda: 'ab' * (big // 2 + 1)),
    ("bytes * maxsize", lambda: b'a' * big),
    ("bytes2 * half", lambda: b'ab' * (big // 2 + 1)),
    ("bytearray * maxsize", lambda: bytearray(b'a') * big),
    ("bytearray2 * half", lambda: bytearray(b'ab') * (big // 2 + 1)),
    ("maxsize * list", lambda: big * [None]),
    ("2**62 * str", lambda: 2**62 * 'x'),
    ("bytes(maxsize)", lambda: bytes(big)),
    ("bytes(2**62)", lambda: bytes(2**62)),
    ("bytearray(maxsize)", lambda: bytearray(big)),
    ("bytearray(2**62)", lambda: bytearray(2**62)),
    ("list * 2**64", lambda: [0] * 2**64),
    ("str * -maxsize", lambda: 'abc' * -big),
]
for name, make in cases:
    try:
        r = make()
        print(name, "ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, repr(e.args))

x = [1, 2, 3]
try:
    x *= big
except MemoryError as e:
    print("list *= :", type(e).__name__, x)
b = bytearray(b'xy')
try:
    b *= big
except MemoryError as e:
    print("bytearray *= :", type(e).__name__, b)
s = 'k'
try:
    s *= big
except MemoryError:
    print("str *= :", s)
print("done")
