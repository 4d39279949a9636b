# int() of floats beyond 2**63 and 2**127 is exact, and compares equal to the float.
import sys

for f in [9.2e18, 2.0**63, -2.0**63, 2.0**64 + 4096, 1.7e38, 2.0**127, 2.0**128, -3.4e38,
          1e300, sys.float_info.max, -sys.float_info.max, 123456789012345678901234567890.0]:
    i = int(f)
    print(i, i == f, float(i) == f, type(i).__name__, i.bit_length())
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
