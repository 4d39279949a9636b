# Integers too big to allocate: MemoryError from shifts and powers, OverflowError for
# counts past sys.maxsize; small ones still work after.
import sys

cases = [
    ("1 << maxsize", lambda: 1 << sys.maxsize),
    ("1 << 2**62", lambda: 1 << 2**62),
    ("-7 << 2**61", lambda: -7 << 2**61),
    ("1 << 2**63", lambda: 1 << 2**63),
    ("1 << 2**100", lambda: 1 << 2**100),
    ("0 << 2**70", lambda: 0 << 2**70),
    ("1 ** 2**70", lambda: 1 ** 2**70),
    ("(-1) ** (2**70 + 1)", lambda: (-1) ** (2**70 + 1)),
    ("1 << 100", lambda: 1 << 100),
    ("1 >> 2**70", lambda: 1 >> 2**70),
]
for name, make in cases:
    try:
        r = make()
        print(name, "ok", r)
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, repr(e.args))
print("done")
