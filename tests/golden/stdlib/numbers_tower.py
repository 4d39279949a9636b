import numbers
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, sorted(c.__abstractmethods__), c.__module__, type(c).__name__, [b.__name__ for b in c.__mro__])
vals = [1, True, 1.5, 2j, "x", None, [1]]
for v in vals:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
try:
    MyInt(3)
except TypeError as e:
    print("TypeError", str(e)[:60])
class Half(numbers.Real):
    pass
print(sorted(Half.__abstractmethods__)[:5])
numbers.Real.register(str)
print(isinstance("s", numbers.Complex), isinstance("s", numbers.Integral))
print(numbers.Number.__hash__, hash(numbers.Real) == hash(numbers.Real))
def kind(x):
    if isinstance(x, numbers.Integral): return "integral"
    if isinstance(x, numbers.Real): return "real"
    if isinstance(x, numbers.Complex): return "complex"
    return "other"
print([kind(v) for v in (3, 2.5, 1j, "q", False)])
