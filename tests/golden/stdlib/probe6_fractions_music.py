# Rhythm durations and just-intonation intervals with Fraction.
from fractions import Fraction as F
from functools import reduce
import math

durations = {"whole": F(1), "half": F(1, 2), "quarter": F(1, 4), "eighth": F(1, 8), "dotted quarter": F(3, 8), "triplet eighth": F(1, 12)}
bar = ["dotted quarter", "eighth", "half"]
print(sum(durations[n] for n in bar), sum(durations[n] for n in bar) == 1)
measure = ["triplet eighth"] * 3 + ["quarter", "half"]
print(sum((durations[n] for n in measure), F(0)))
intervals = {"octave": F(2), "fifth": F(3, 2), "fourth": F(4, 3), "major third": F(5, 4), "minor third": F(6, 5)}
print(intervals["fifth"] * intervals["fourth"], intervals["major third"] * intervals["minor third"])
print(intervals["fifth"] ** 12 / intervals["octave"] ** 7)
cents = lambda r: round(1200 * math.log2(r), 2)
print({k: cents(v) for k, v in intervals.items()})
print(reduce(math.lcm, [d.denominator for d in durations.values()]))
print(F(22, 7) - F(math.pi), float(F(355, 113) - F(math.pi)) < 1e-6)
print(F(1, 3) < F(1, 2) < F(2, 3), max(intervals.values()), min(intervals, key=intervals.get))
print(F("1.5") + F("0.25"), F(5, 10).__repr__(), F(-3, -6), F(3, -6))
print(F(7, 3).__floor__(), F(7, 3).__ceil__(), F(7, 3).__round__(), F(7, 3).__round__(1), round(F(-5, 2)))
print(F(2, 3) ** 3, F(4, 9) ** F(1, 2), F(-8) ** F(1, 3) if False else F(9, 4) ** 0.5, (-F(1, 2)) ** 3)
print(F(1, 2) + 0.5, type(F(1, 2) + 0.5).__name__, F(1, 2) + 1j, F(1) / F(3) * 3 == 1)
print(divmod(F(-7, 2), 2), F(-7, 2) % 2, F(-7, 2) // 2, 7 % F(3, 2))
print(format(F(1, 3), "") if False else str(F(1, 3)), "%s and %r" % (F(2, 5), F(2, 5)))
print(bool(F(0)), bool(F(1, 100)), F(3, 1) == 3, int(F(10, 3)), F(10, 3).limit_denominator(2))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
