# repr(float) is the shortest string that round-trips; when the float lies exactly
# halfway between two shortest candidates, dtoa picks the even last digit.
for base in (10**15, 2 * 10**15, 4 * 10**15 + 3, 732347704422623, 1196748946834149):
    print([repr(base + q / 4) for q in range(8)])
    print([repr(-(base + q / 8)) for q in range(8)])
# A deterministic spread of magnitudes and mantissas (a linear congruential sequence).
state = 12345
row = []
for i in range(400):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    mant = state >> 11
    shift = (state % 140) - 70
    x = mant * 2.0 ** shift if shift >= 0 else mant / 2 ** -shift
    row.append(repr(x))
    if len(row) == 8:
        print(" ".join(row))
        row = []
print(0.1 + 0.2, 1e16, 1e-5, 123456789.123456789, 2.5e-310, 5e-324, 1.7976931348623157e308)
print(str(1000000000000000.2), f"{1000000000000000.25!r}", "%r" % 1000000000000000.75, format(2000000000000000.75))
